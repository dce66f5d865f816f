using Host.Abstractions;
using SampleHost.Downloads;

namespace SampleHost.Security;

/// <summary>Decides, by <see cref="FieldRules"/>, which fields the current user may see and change, and which download links a screen shows.</summary>
internal sealed class FieldAccess(ICurrentUser user)
{
    /// <summary>Returns whether the user may see the value of <paramref name="field"/>.</summary>
    public bool CanView(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);

        return FieldRules.CanView(field, user.HasPermission);
    }

    /// <summary>Returns whether the user may change <paramref name="field"/>.</summary>
    public bool CanEdit(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);

        return FieldRules.CanEdit(field, user.HasPermission);
    }

    /// <summary>Returns whether the user may fill in <paramref name="input"/> of an action.</summary>
    public bool CanEnter(FieldDefinition input)
    {
        ArgumentNullException.ThrowIfNull(input);

        return FieldRules.CanEnter(input, user.HasPermission);
    }

    /// <summary>
    /// Returns <paramref name="content"/> without the field elements the user may not see, and without the links to
    /// downloads that <paramref name="downloads"/> does not serve or whose permission the user lacks.
    /// </summary>
    public ScreenContent Filter(ScreenContent content, DownloadCatalog downloads)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(downloads);

        var sections = content.Sections
            .Select(section => section with
            {
                Elements = [.. section.Elements.Where(element => element switch
                {
                    FieldElement field => CanView(field.Field),
                    DownloadElement download => CanDownload(download, downloads),
                    _ => true,
                })],
            })
            .ToList();
        return content with { Sections = sections };
    }

    private bool CanDownload(DownloadElement element, DownloadCatalog downloads) =>
        downloads.Find(element.DownloadId) is { } download && user.HasPermission(download.Definition.Permission);
}
