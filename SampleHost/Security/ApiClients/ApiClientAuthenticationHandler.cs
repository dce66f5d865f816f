using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SampleHost.Persistence;
using SampleHost.Security.Authentication;
using SampleHost.Tenancy;

namespace SampleHost.Security.ApiClients;

/// <summary>
/// Signs in a system that sends an API key: looks up the key id over all gemeenten (through
/// <see cref="ApiClientKeyCache"/>), compares the secret's hash in constant time and rejects revoked keys. The user it yields has the same claims as a staff user, with
/// <c>sub</c> = <c>api-client:{id}</c>, the client's gemeente, its role and the organisation it acts for.
/// </summary>
internal sealed class ApiClientAuthenticationHandler(
    IOptionsMonitor<ApiClientAuthenticationOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiClientKeyCache keys)
    : AuthenticationHandler<ApiClientAuthenticationOptions>(options, loggerFactory, encoder)
{
    public const string UserIdPrefix = "api-client:";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiClientCredential.TryRead(Request, out var credential))
        {
            return ApiClientCredential.IsPresent(Request) ? AuthenticateResult.Fail("The API key is not of the form keyId.secret.") : AuthenticateResult.NoResult();
        }

        var client = await keys.FindAsync(credential.KeyId, Context.RequestServices.GetRequiredService<HostDbContext>(), Context.RequestAborted);

        var rejection = client switch
        {
            null => "unknown key id",
            _ when !credential.Matches(client.SecretHash) => "wrong secret",
            { RevokedAt: not null } => "key revoked",
            _ => null,
        };
        if (rejection is not null)
        {
            Log.ApiKeyRejected(Logger, credential.KeyIdForLog(), rejection);
            return AuthenticateResult.Fail($"The API key was rejected: {rejection}.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(HostClaimTypes.UserId, UserIdPrefix + client!.Id.ToString("D")),
                new Claim(HostClaimTypes.Name, client.Name),
                new Claim(HostClaimTypes.Gemeente, client.Gemeente),
                new Claim(HostClaimTypes.Role, client.Role),
                .. client.Organisation is null ? Array.Empty<Claim>() : [new Claim(HostClaimTypes.Organisation, client.Organisation)],
            ],
            HostAuthenticationSchemes.ApiClient,
            HostClaimTypes.Name,
            HostClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
