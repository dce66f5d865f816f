using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using SampleHost.Tenancy;

namespace SampleHost.Security.Authentication;

/// <summary>
/// Replaces the identity provider's claims with the host's after the id_token is validated, and sends a user whose
/// sign-in failed or was rejected to a page that explains it, in place of an error page.
/// </summary>
internal sealed class OpenIdConnectSignInEvents(OpenIdConnectClaimsMapper mapper, ILogger<OpenIdConnectSignInEvents> logger) : OpenIdConnectEvents
{
    /// <summary>The page for a user the provider knows but the host grants no access.</summary>
    public const string RefusedPath = "/inloggen/geen-toegang";

    /// <summary>The page for a sign-in that failed: a wrong signature, a replayed or expired response, a provider error.</summary>
    public const string FailedPath = "/inloggen/mislukt";

    public override Task TokenValidated(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.Principal is not { } providerUser)
        {
            context.Fail(new SignInRefusedException("The identity provider returned no user."));
            return Task.CompletedTask;
        }

        try
        {
            context.Principal = mapper.Map(providerUser);
        }
        catch (SignInRefusedException exception)
        {
            context.Fail(exception);
            return Task.CompletedTask;
        }

        Log.SignedIn(logger, context.Principal.FindFirst(HostClaimTypes.UserId)!.Value, context.Principal.FindFirst(HostClaimTypes.Gemeente)!.Value);
        return Task.CompletedTask;
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.Failure is SignInRefusedException refused)
        {
            Log.SignInRefused(logger, refused.Message);
            context.Response.Redirect(RefusedPath);
        }
        else
        {
            Log.SignInFailed(logger, context.Failure ?? new InvalidOperationException("The sign-in failed without an error."));
            context.Response.Redirect(FailedPath);
        }

        context.HandleResponse();
        return Task.CompletedTask;
    }
}
