using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// Builds the list of deliveries and the report of one delivery, for the gemeente's staff (all aanbieders) and for an
/// aanbieder's employees (their own aanbieders only). The rows name aanbieders and counts, no persons, except the
/// delivered value of a rejected row in the report, whose BSNs are recorded in the processing log.
/// </summary>
internal sealed class LeveringOverzicht(InburgeringDbContext db, IProcessingLog processingLog)
{
    /// <summary>The number of rows on one page of a list.</summary>
    internal const int PageSize = 50;

    public static TextElement Uitleg { get; } = new(new LocalizedText(
        "Download het sjabloon: de kopregel noemt de kolommen en de voorbeeldregel laat zien hoe u ze invult. Vul per cursist, onderdeel en periode één regel in en lever het bestand aan als CSV (UTF-8) of Excel-werkmap (.xlsx). De gemeente heeft de volledige beschrijving van het aanleverformaat.",
        "Download the template: the header names the columns and the example row shows how to fill them in. Fill in one row per student, onderdeel and period, and deliver the file as CSV (UTF-8) or Excel workbook (.xlsx). The gemeente has the full description of the delivery format."));

    /// <summary>Returns the deliveries, newest first, one page after <see cref="ListQuery.After"/>.</summary>
    /// <param name="aanbiederIds">The aanbieders whose deliveries to show, or <see langword="null"/> for all of the gemeente.</param>
    /// <param name="query">The page to show.</param>
    /// <param name="rapportScherm">The screen a row opens.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<ListElement> LijstAsync(IReadOnlyCollection<Guid>? aanbiederIds, ListQuery query, string rapportScherm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var leveringen = db.Leveringen.AsNoTracking();
        if (aanbiederIds is not null)
        {
            leveringen = leveringen.Where(l => aanbiederIds.Contains(l.AanbiederId));
        }

        if (Positie.Parse(query.After) is { } na)
        {
            leveringen = leveringen.Where(l => l.OntvangenOp < na.Moment || (l.OntvangenOp == na.Moment && l.Id.CompareTo(na.Id) > 0));
        }

        var pagina = await leveringen
            .Join(db.Aanbieders, l => l.AanbiederId, a => a.Id, (l, a) => new
            {
                l.Id,
                l.OntvangenOp,
                a.Naam,
                l.Kanaal,
                l.Bestandsnaam,
                l.Status,
                l.AantalRegels,
                l.AantalVerwerkt,
                l.AantalGeweigerd,
            })
            .OrderByDescending(l => l.OntvangenOp)
            .ThenBy(l => l.Id)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);

        var rows = pagina
            .Take(PageSize)
            .Select(l => new ListRow(
                [l.OntvangenOp, l.Naam, l.Kanaal.ToString(), l.Bestandsnaam, l.Status.ToString(), l.AantalRegels, l.AantalVerwerkt, l.AantalGeweigerd],
                new ScreenLink(rapportScherm, l.Id.ToString())))
            .ToList();
        var laatste = pagina.Count > PageSize ? pagina[PageSize - 1] : null;

        return new ListElement(
            [
                LeveringFields.OntvangenOp, LeveringFields.AanbiederNaam, LeveringFields.Kanaal, LeveringFields.Bestandsnaam,
                LeveringFields.Status, LeveringFields.AantalRegels, LeveringFields.AantalVerwerkt, LeveringFields.AantalGeweigerd,
            ],
            rows)
        {
            NextPage = laatste is null ? null : new Positie(laatste.OntvangenOp, laatste.Id).ToString(),
            EmptyText = new LocalizedText("Er zijn nog geen leveringen ontvangen.", "No deliveries have been received yet."),
        };
    }

    /// <summary>Returns the summary and the rejected rows of a delivery, or <see langword="null"/> when the user may not see it.</summary>
    /// <param name="recordId">The delivery's id as text.</param>
    /// <param name="aanbiederIds">The aanbieders whose deliveries the user may see, or <see langword="null"/> for all of the gemeente.</param>
    /// <param name="query">The page of rejected rows to show.</param>
    /// <param name="foutenDownload">The download of the rejected rows as CSV.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<ScreenContent?> RapportAsync(string? recordId, IReadOnlyCollection<Guid>? aanbiederIds, ListQuery query, string foutenDownload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        if (!Guid.TryParse(recordId, out var leveringId))
        {
            return null;
        }

        var levering = await db.Leveringen
            .AsNoTracking()
            .Where(l => l.Id == leveringId)
            .Join(db.Aanbieders, l => l.AanbiederId, a => a.Id, (l, a) => new { Levering = l, a.Naam })
            .SingleOrDefaultAsync(cancellationToken);
        if (levering is null || (aanbiederIds is not null && !aanbiederIds.Contains(levering.Levering.AanbiederId)))
        {
            return null;
        }

        var l = levering.Levering;
        var samenvatting = new ScreenSection(new LocalizedText("Levering", "Delivery"),
        [
            new FieldElement(LeveringFields.OntvangenOp, l.OntvangenOp),
            new FieldElement(LeveringFields.AanbiederNaam, levering.Naam),
            new FieldElement(LeveringFields.Kanaal, l.Kanaal.ToString()),
            new FieldElement(LeveringFields.Referentie, l.Referentie),
            new FieldElement(LeveringFields.Bestandsnaam, l.Bestandsnaam),
            new FieldElement(LeveringFields.GekozenModus, l.Modus.ToString()),
            new FieldElement(LeveringFields.Status, l.Status.ToString()),
            new FieldElement(LeveringFields.AantalRegels, l.AantalRegels),
            new FieldElement(LeveringFields.AantalVerwerkt, l.AantalVerwerkt),
            new FieldElement(LeveringFields.AantalGeweigerd, l.AantalGeweigerd),
        ]);

        var fouten = await FoutenAsync(leveringId, query, cancellationToken);
        var foutElementen = new List<ScreenElement> { fouten };
        if (fouten.Rows.Count > 0)
        {
            foutElementen.Add(new DownloadElement(new LocalizedText("Fouten downloaden (CSV)", "Download the errors (CSV)"), foutenDownload, l.Id.ToString()));
        }

        foutElementen.Add(Uitleg);

        return new ScreenContent(
        [
            samenvatting,
            new ScreenSection(new LocalizedText("Geweigerde regels en fouten", "Rejected rows and errors"), foutElementen),
        ]);
    }

    private async Task<ListElement> FoutenAsync(Guid leveringId, ListQuery query, CancellationToken cancellationToken)
    {
        var fouten = db.LeveringFouten.AsNoTracking().Where(f => f.LeveringId == leveringId);
        if (FoutPositie.Parse(query.After) is { } na)
        {
            fouten = fouten.Where(f => f.Regelnummer > na.Regelnummer || (f.Regelnummer == na.Regelnummer && f.Id.CompareTo(na.Id) > 0));
        }

        var pagina = await fouten
            .OrderBy(f => f.Regelnummer)
            .ThenBy(f => f.Id)
            .Take(PageSize + 1)
            .Select(f => new { f.Id, f.Regelnummer, f.Kolom, f.Waarde, f.MeldingNl, f.MeldingEn })
            .ToListAsync(cancellationToken);

        var getoond = pagina.Take(PageSize).ToList();
        await GetoondeBsns.RegistreerAsync(processingLog, getoond.Select(f => f.Waarde), cancellationToken);

        var rows = getoond
            .Select(f => new ListRow([f.Regelnummer, f.Kolom, f.Waarde, f.MeldingNl, f.MeldingEn], null))
            .ToList();
        var laatste = pagina.Count > PageSize ? pagina[PageSize - 1] : null;

        return new ListElement([LeveringFields.Regel, LeveringFields.Kolom, LeveringFields.Waarde, LeveringFields.MeldingNl, LeveringFields.MeldingEn], rows)
        {
            NextPage = laatste is null ? null : new FoutPositie(laatste.Regelnummer, laatste.Id).ToString(),
            EmptyText = new LocalizedText("Deze levering heeft geen fouten.", "This delivery has no errors."),
        };
    }

    /// <summary>The position in the list of deliveries after which the next page starts.</summary>
    private sealed record Positie(DateTimeOffset Moment, Guid Id)
    {
        public static Positie? Parse(string? tekst) =>
            tekst?.Split('_') is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            && utcTicks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParse(id, out var guid)
                ? new Positie(new DateTimeOffset(utcTicks, TimeSpan.Zero), guid)
                : null;

        public override string ToString() => $"{Moment.UtcTicks.ToString(CultureInfo.InvariantCulture)}_{Id}";
    }

    /// <summary>The position in the list of errors after which the next page starts.</summary>
    private sealed record FoutPositie(int Regelnummer, Guid Id)
    {
        public static FoutPositie? Parse(string? tekst) =>
            tekst?.Split('_') is [var regel, var id]
            && int.TryParse(regel, NumberStyles.None, CultureInfo.InvariantCulture, out var regelnummer)
            && Guid.TryParse(id, out var guid)
                ? new FoutPositie(regelnummer, guid)
                : null;

        public override string ToString() => $"{Regelnummer.ToString(CultureInfo.InvariantCulture)}_{Id}";
    }
}
