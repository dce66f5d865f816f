namespace TestSupport;

/// <summary>
/// The exception that is thrown when a throwaway PostgreSQL cluster cannot be created or started.
/// </summary>
/// <remarks>The message contains the failed command, its output and the tail of the server log.</remarks>
internal sealed class PostgresStartException : Exception
{
    public PostgresStartException()
    {
    }

    public PostgresStartException(string message)
        : base(message)
    {
    }

    public PostgresStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
