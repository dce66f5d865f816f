using System.Text.Json.Serialization;

namespace Inburgering.Plugin.Api;

/// <summary>A student referred to the caller's aanbieder for one onderdeel, as the API shows it.</summary>
/// <param name="Id">The aanmelding id.</param>
/// <param name="Onderdeel">The onderdeel code of the delivery format, such as <c>TAAL</c>.</param>
/// <param name="Startdatum">The first day of the course.</param>
/// <param name="Einddatum">The day the gemeente ended the referral, or <see langword="null"/> while it runs.</param>
/// <param name="Bsn">The BSN, or <see langword="null"/> for a student known only by V-nummer.</param>
/// <param name="Naam">The name as the BRP composes it.</param>
/// <param name="TrajectRef">The aanbieder's trajectory reference in the last delivered row, or <see langword="null"/>.</param>
internal sealed record AanmeldingDto(
    Guid Id,
    string Onderdeel,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    string? Bsn,
    string? Naam,
    string? TrajectRef);

/// <summary>One page of the caller's aanmeldingen.</summary>
/// <param name="Aanmeldingen">The aanmeldingen on this page.</param>
/// <param name="Links">The links to this page and the next.</param>
internal sealed record AanmeldingenPaginaDto(
    IReadOnlyList<AanmeldingDto> Aanmeldingen,
    [property: JsonPropertyName("_links")] PaginaLinksDto Links);

/// <summary>The HAL links of a page, relative to the API root.</summary>
/// <param name="Self">This page.</param>
/// <param name="Next">The next page, or <see langword="null"/> on the last page.</param>
internal sealed record PaginaLinksDto(
    LinkDto Self,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LinkDto? Next);

/// <summary>A HAL link.</summary>
/// <param name="Href">The target, relative to the API root, such as <c>aanmeldingen?pagina=2&amp;paginaGrootte=20</c>.</param>
internal sealed record LinkDto(string Href);
