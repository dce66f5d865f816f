using Host.Abstractions;

namespace Inburgering.Plugin.Api;

/// <summary>The outcome of <c>POST leveringen</c>.</summary>
/// <param name="Id">The id of the stored delivery, used in <c>leveringen/{leveringId}</c>.</param>
/// <param name="LeveringId">The aanbieder's own reference: the <c>Idempotency-Key</c>.</param>
/// <param name="Modus">The mode: <c>alles-of-niets</c> or <c>geldige-regels</c>.</param>
/// <param name="Status">The outcome: <c>verwerkt</c>, <c>deels-verwerkt</c> or <c>geweigerd</c>.</param>
/// <param name="AantalRegels">The rows delivered.</param>
/// <param name="AantalVerwerkt">The rows imported.</param>
/// <param name="AantalGeweigerd">The rows rejected.</param>
/// <param name="Fouten">What is wrong, per row and field, up to the first 1,000 errors.</param>
internal sealed record LeveringUitkomstDto(
    Guid Id,
    string LeveringId,
    string Modus,
    string Status,
    int AantalRegels,
    int AantalVerwerkt,
    int AantalGeweigerd,
    IReadOnlyList<LeveringFoutDto> Fouten);

/// <summary>One stored delivery of the caller, through any channel, with its rejected rows.</summary>
/// <param name="Id">The id of the delivery.</param>
/// <param name="LeveringId">The aanbieder's own reference: the file's <c>levering_id</c> or the API's <c>Idempotency-Key</c>.</param>
/// <param name="Kanaal">The channel: <c>bestand</c>, <c>portaal</c> or <c>api</c>.</param>
/// <param name="Modus">The mode: <c>alles-of-niets</c> or <c>geldige-regels</c>.</param>
/// <param name="Status">The outcome: <c>verwerkt</c>, <c>deels-verwerkt</c> or <c>geweigerd</c>.</param>
/// <param name="AantalRegels">The rows delivered.</param>
/// <param name="AantalVerwerkt">The rows imported.</param>
/// <param name="AantalGeweigerd">The rows rejected.</param>
/// <param name="OntvangenOp">When the gemeente received the delivery.</param>
/// <param name="Fouten">What is wrong, per row and field, up to the first 1,000 errors.</param>
internal sealed record LeveringDto(
    Guid Id,
    string LeveringId,
    string Kanaal,
    string Modus,
    string Status,
    int AantalRegels,
    int AantalVerwerkt,
    int AantalGeweigerd,
    DateTimeOffset OntvangenOp,
    IReadOnlyList<LeveringFoutDto> Fouten);

/// <summary>One delivery in the list of the caller's deliveries, without its errors.</summary>
/// <param name="Id">The id of the delivery.</param>
/// <param name="LeveringId">The aanbieder's own reference.</param>
/// <param name="Kanaal">The channel: <c>bestand</c>, <c>portaal</c> or <c>api</c>.</param>
/// <param name="Modus">The mode: <c>alles-of-niets</c> or <c>geldige-regels</c>.</param>
/// <param name="Status">The outcome: <c>verwerkt</c>, <c>deels-verwerkt</c> or <c>geweigerd</c>.</param>
/// <param name="AantalRegels">The rows delivered.</param>
/// <param name="AantalVerwerkt">The rows imported.</param>
/// <param name="AantalGeweigerd">The rows rejected.</param>
/// <param name="OntvangenOp">When the gemeente received the delivery.</param>
internal sealed record LeveringOverzichtDto(
    Guid Id,
    string LeveringId,
    string Kanaal,
    string Modus,
    string Status,
    int AantalRegels,
    int AantalVerwerkt,
    int AantalGeweigerd,
    DateTimeOffset OntvangenOp);

/// <summary>One page of the caller's deliveries, newest first.</summary>
/// <param name="Leveringen">The deliveries on this page.</param>
/// <param name="Links">The links to this page and the next.</param>
internal sealed record LeveringenPaginaDto(
    IReadOnlyList<LeveringOverzichtDto> Leveringen,
    [property: System.Text.Json.Serialization.JsonPropertyName("_links")] PaginaLinksDto Links);

/// <summary>One error of a delivery.</summary>
/// <param name="Regel">The row's position in the request body from 1, the line number of a file, or 0 for the whole delivery.</param>
/// <param name="Veld">The body field in camelCase, such as <c>periodeTot</c>, or <see langword="null"/> for the whole row.</param>
/// <param name="Waarde">The value as delivered, or <see langword="null"/>.</param>
/// <param name="Code">A stable code for programs, such as <c>verplicht</c>, <c>datum</c> or <c>bsn</c>.</param>
/// <param name="Melding">What is wrong and how to fix it, in Dutch and English.</param>
internal sealed record LeveringFoutDto(int Regel, string? Veld, string? Waarde, string Code, MeldingDto Melding);

/// <summary>A message in Dutch and English.</summary>
/// <param name="Nl">The Dutch text.</param>
/// <param name="En">The English text.</param>
internal sealed record MeldingDto(string Nl, string En)
{
    public static MeldingDto Of(LocalizedText text) => new(text.Nl, text.En);
}
