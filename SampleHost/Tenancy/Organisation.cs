using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace SampleHost.Tenancy;

/// <summary>
/// The form of <see cref="Host.Abstractions.ICurrentUser.Organisation"/>: an 8-digit KvK number, optionally followed
/// by <c>/</c> and a 12-digit vestigingsnummer, such as <c>90059901</c> or <c>90059901/000012345678</c>.
/// </summary>
internal static partial class Organisation
{
    /// <summary>Returns whether <paramref name="value"/> has the form of an organisation.</summary>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && Pattern().IsMatch(value);

    /// <summary>Combines a KvK number and an optional vestigingsnummer, or returns <see langword="null"/> when either has the wrong form.</summary>
    public static string? From(string? kvkNumber, string? vestigingsnummer)
    {
        var kvk = kvkNumber?.Trim();
        var vestiging = vestigingsnummer?.Trim();
        var value = string.IsNullOrEmpty(vestiging) ? kvk : $"{kvk}/{vestiging}";
        return IsValid(value) ? value : null;
    }

    [GeneratedRegex(@"^[0-9]{8}(/[0-9]{12})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
