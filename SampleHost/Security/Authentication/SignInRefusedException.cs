namespace SampleHost.Security.Authentication;

/// <summary>
/// The identity provider signed the user in, but the host grants no access: the user has no id, works for a
/// gemeente this deployment does not serve, or has no role that maps to a host role.
/// </summary>
internal sealed class SignInRefusedException : Exception
{
    public SignInRefusedException()
    {
    }

    public SignInRefusedException(string message)
        : base(message)
    {
    }

    public SignInRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
