using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SampleHost.Tests.Security;

/// <summary>
/// An OpenID Connect provider on Kestrel at 127.0.0.1 for tests: a discovery document, a JWKS with an RSA key made
/// here, an authorize endpoint that signs in <see cref="NextUser"/> at once and redirects back with a code, a token
/// endpoint that checks the PKCE verifier and the client secret and returns an id_token signed the way
/// <see cref="Signing"/> sets, and an end-session endpoint.
/// </summary>
internal sealed class OidcProviderStandIn : IAsyncDisposable
{
    public const string ClientId = "samplehost-test";

    public const string ClientSecret = "samplehost-test-secret";

    private const string KeyId = "stand-in-key";

    private readonly WebApplication _app;
    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new(StringComparer.Ordinal);

    private OidcProviderStandIn(WebApplication app) => _app = app;

    /// <summary>The issuer, for example <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public string Issuer { get; private set; } = string.Empty;

    /// <summary>The user the authorize endpoint signs in next.</summary>
    public OidcTestUser NextUser { get; set; } = new("medewerker-1", "Test Medewerker", "0518", ["Inburgering-Consulent"]);

    /// <summary>How the token endpoint signs the id_token.</summary>
    public TokenSigning Signing { get; set; } = TokenSigning.Valid;

    /// <summary>The query string of each authorize request, in order.</summary>
    public ConcurrentQueue<IQueryCollection> AuthorizeRequests { get; } = new();

    /// <summary>The number of token requests that returned an id_token.</summary>
    public int TokensIssued => _tokensIssued;

    private int _tokensIssued;

    public static async Task<OidcProviderStandIn> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();

        var app = builder.Build();
        var provider = new OidcProviderStandIn(app);
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Jwks);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", (HttpRequest request) => provider.TokenAsync(request));
        app.MapGet("/logout", (HttpRequest request) => Logout(request));
        await app.StartAsync();

        provider.Issuer = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _signingKey.Dispose();
        _otherKey.Dispose();
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = $"{Issuer}/authorize",
        ["token_endpoint"] = $"{Issuer}/token",
        ["jwks_uri"] = $"{Issuer}/jwks",
        ["end_session_endpoint"] = $"{Issuer}/logout",
        ["response_types_supported"] = new[] { "code" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post" },
    });

    private IResult Jwks()
    {
        var parameters = _signingKey.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = "RS256",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                },
            },
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        AuthorizeRequests.Enqueue(request.Query);

        var redirectUri = request.Query["redirect_uri"].ToString();
        if (request.Query["client_id"] != ClientId || redirectUri.Length == 0)
        {
            return Results.BadRequest("unknown client_id or missing redirect_uri");
        }

        var code = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new PendingCode(NextUser, redirectUri, request.Query["nonce"].ToString(), request.Query["code_challenge"].ToString());
        return Results.Redirect(QueryHelpers.AddQueryString(redirectUri, new Dictionary<string, string?>
        {
            ["code"] = code,
            ["state"] = request.Query["state"].ToString(),
        }));
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var pending) || form["redirect_uri"] != pending.RedirectUri)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var verifierHash = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (pending.CodeChallenge.Length == 0 || verifierHash != pending.CodeChallenge)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "PKCE verification failed" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var accessToken = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var idToken = CreateIdToken(pending, accessToken);
        Interlocked.Increment(ref _tokensIssued);
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = idToken,
        });
    }

    private static IResult Logout(HttpRequest request)
    {
        var returnUri = request.Query["post_logout_redirect_uri"].ToString();
        return returnUri.Length == 0
            ? Results.Ok("signed out")
            : Results.Redirect(QueryHelpers.AddQueryString(returnUri, "state", request.Query["state"].ToString()));
    }

    private string CreateIdToken(PendingCode pending, string accessToken)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var key = Signing == TokenSigning.WrongKey ? _otherKey : _signingKey;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = pending.User.Subject,
                ["name"] = pending.User.Name,
                ["gemeente"] = pending.User.Gemeente,
                ["roles"] = pending.User.Roles,
                ["nonce"] = pending.Nonce,
                ["at_hash"] = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]),
            },
        };
        var token = new JsonWebTokenHandler().CreateToken(descriptor);

        return Signing == TokenSigning.TamperedPayload ? ReplaceGemeente(token, "0599") : token;
    }

    /// <summary>Changes the gemeente claim after signing, as an attacker who edits the token would.</summary>
    private static string ReplaceGemeente(string token, string gemeente)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["gemeente"] = gemeente;
        parts[1] = Base64UrlEncoder.Encode(payload.ToJsonString(new JsonSerializerOptions()));
        return string.Join('.', parts);
    }

    private sealed record PendingCode(OidcTestUser User, string RedirectUri, string Nonce, string CodeChallenge);
}

/// <summary>A user of the identity provider, with the provider's own role values.</summary>
internal sealed record OidcTestUser(string Subject, string Name, string Gemeente, string[] Roles);

/// <summary>How <see cref="OidcProviderStandIn"/> signs the id_token.</summary>
public enum TokenSigning
{
    /// <summary>With the key in its JWKS.</summary>
    Valid,

    /// <summary>With another RSA key under the same key id, so the signature does not verify.</summary>
    WrongKey,

    /// <summary>With the right key, after which the gemeente claim is changed.</summary>
    TamperedPayload,
}
