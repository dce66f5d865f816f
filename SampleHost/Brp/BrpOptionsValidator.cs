using Microsoft.Extensions.Options;

namespace SampleHost.Brp;

/// <summary>Checks the <c>Brp</c> settings at start-up, so a wrong URL fails the start and not the first lookup.</summary>
internal sealed class BrpOptionsValidator : IValidateOptions<BrpOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, BrpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            failures.Add("Brp:BaseUrl is missing. Set it to the root of the Haal Centraal BRP Personen API, for example 'http://localhost:5080/haalcentraal/api/brp'.");
        }
        else if (!IsHttpUrl(options.BaseUrl))
        {
            failures.Add($"Brp:BaseUrl '{options.BaseUrl}' is not an absolute http or https URL. Set it to the root of the API, for example 'http://localhost:5080/haalcentraal/api/brp'.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"Brp:Timeout is {options.Timeout}, but must be longer than zero. Set it as hh:mm:ss, for example '00:00:10'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
