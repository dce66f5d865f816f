using Microsoft.AspNetCore.Authentication;

namespace SampleHost.Security.ApiClients;

/// <summary>Options of the API key scheme; it has no settings of its own yet.</summary>
internal sealed class ApiClientAuthenticationOptions : AuthenticationSchemeOptions;
