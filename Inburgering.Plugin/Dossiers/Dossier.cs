using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Termijn;

namespace Inburgering.Plugin.Dossiers;

/// <summary>
/// The inburgering dossier of one person in one gemeente, created when DUO or the COA links the person to the
/// gemeente (the koppeling). It contains a snapshot of the person's BRP data as it was when the dossier was registered.
/// </summary>
internal sealed class Dossier : IGemeenteOwned
{
    public Guid Id { get; set; }

    /// <summary>The four-digit gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The nine-digit BSN, or <see langword="null"/> for an asielstatushouder not yet in the BRP.</summary>
    public string? Bsn { get; set; }

    /// <summary>The ten-digit vreemdelingennummer, or <see langword="null"/>.</summary>
    public string? VNummer { get; set; }

    /// <summary>The host's client id, or <see langword="null"/> until the person has a BSN.</summary>
    public string? ClientId { get; set; }

    public Doelgroep Doelgroep { get; set; }

    /// <summary>The day the person was linked to the gemeente.</summary>
    public DateOnly Koppeldatum { get; set; }

    public WetRegime WetRegime { get; set; }

    /// <summary>The stage in the lifecycle; change it only through <see cref="DossierLifecycle.Move"/>.</summary>
    public DossierStatus Status { get; set; }

    /// <summary>The day the dossier entered <see cref="Status"/>.</summary>
    public DateOnly StatusSinds { get; set; }

    /// <summary>
    /// The day of DUO's notification (kennisgeving) that the person is inburgeringsplichtig, or <see langword="null"/>
    /// until it arrived. With the BRP registration it decides the PIP deadline; a late signal keeps its legal date.
    /// </summary>
    public DateOnly? DuoKennisgevingOp { get; set; }

    /// <summary>
    /// The dagtekening of the first PIP, or <see langword="null"/> before it. It never changes once set: the
    /// inburgeringstermijn starts the day after it, and a later PIP does not move it (Wet inburgering 2021, art. 11).
    /// </summary>
    public DateOnly? DagtekeningEerstePip { get; private set; }

    /// <summary>The day the BRP registered the person in the gemeente, when the BRP knows the whole date.</summary>
    public DateOnly? BrpInschrijvingsdatum => InschrijvingsdatumVan(DatumInschrijvingGemeente);

    /// <summary>
    /// Returns the date of registration in the gemeente from its BRP <c>yyyymmdd</c> text, or <see langword="null"/>
    /// when the BRP does not know the whole date. Queries that load only that column use it too.
    /// </summary>
    public static DateOnly? InschrijvingsdatumVan(string? datumInschrijvingGemeente) =>
        PartialDate.TryParseBrp(datumInschrijvingGemeente, out var date) ? date.ToDateOnly() : null;

    /// <summary>The inburgeringstermijn, or <see langword="null"/> before the first PIP.</summary>
    public Inburgeringstermijn? Termijn => DagtekeningEerstePip is { } dagtekening ? Inburgeringstermijn.Vanaf(dagtekening) : null;

    /// <summary>Records the dagtekening of the first PIP; once set it is immutable.</summary>
    /// <exception cref="InvalidOperationException">The first PIP already has a dagtekening.</exception>
    public void LegDagtekeningEerstePipVast(DateOnly dagtekening)
    {
        if (DagtekeningEerstePip is not null)
        {
            throw new InvalidOperationException("The dagtekening of the first PIP is immutable once set.");
        }

        DagtekeningEerstePip = dagtekening;
    }

    /// <summary>The full name as the BRP composes it.</summary>
    public string? Naam { get; set; }

    public string? Voornamen { get; set; }

    public string? Voorvoegsel { get; set; }

    public string? Geslachtsnaam { get; set; }

    /// <summary>The birth date in the BRP's <c>yyyymmdd</c> form, zeros for unknown parts (<c>19680000</c>).</summary>
    public string? Geboortedatum { get; set; }

    public string? AdresRegel1 { get; set; }

    public string? AdresRegel2 { get; set; }

    /// <summary>The four-digit codes of the BRP nationality table (table 32), for example <c>0057</c>.</summary>
    public List<string> Nationaliteiten { get; set; } = [];

    /// <summary>The gemeentecode of the gemeente the BRP registers the person in.</summary>
    public string? GemeenteVanInschrijving { get; set; }

    /// <summary>The date of registration in that gemeente, in the BRP's <c>yyyymmdd</c> form.</summary>
    public string? DatumInschrijvingGemeente { get; set; }

    /// <summary>When the BRP data were retrieved, or <see langword="null"/> when the dossier has no BSN yet.</summary>
    public DateTimeOffset? BrpOpgevraagdOp { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who registered the dossier.</summary>
    public required string GeregistreerdDoor { get; set; }

    /// <summary>The day the dossier was closed, or <see langword="null"/> while it is open.</summary>
    public DateOnly? AfgeslotenOp { get; set; }

    /// <summary>Why the dossier was closed, or <see langword="null"/> while it is open.</summary>
    public AfsluitReden? AfsluitReden { get; set; }

    /// <summary>
    /// The day the retention job removed the person's data, or <see langword="null"/>. An anonymised dossier keeps only
    /// the data for statistics: gemeente, doelgroep, wet regime, the year of the koppeldatum, status and closure.
    /// </summary>
    public DateOnly? GeanonimiseerdOp { get; set; }

    /// <summary>
    /// The day the processing was restricted (AVG article 18), or <see langword="null"/>. A restricted dossier is only
    /// stored: no one opens, changes or shares it, except the privacy officer, who may read it and lift the restriction.
    /// </summary>
    public DateOnly? BeperktOp { get; set; }

    /// <summary>Why the processing was restricted, for example a withdrawal by DUO; set with <see cref="BeperktOp"/>.</summary>
    public string? BeperkingReden { get; set; }

    /// <summary>The host's user id of the employee who restricted the processing; set with <see cref="BeperktOp"/>.</summary>
    public string? BeperktDoor { get; set; }

    /// <summary>The day the last restriction was lifted, or <see langword="null"/>.</summary>
    public DateOnly? BeperkingOpgehevenOp { get; set; }

    /// <summary>Why the last restriction was lifted; set with <see cref="BeperkingOpgehevenOp"/>.</summary>
    public string? BeperkingOpgehevenReden { get; set; }

    /// <summary>The host's user id of the privacy officer who lifted the last restriction.</summary>
    public string? BeperkingOpgehevenDoor { get; set; }

    /// <summary>Whether the processing is restricted; see <see cref="BeperktOp"/>.</summary>
    public bool IsBeperkt => BeperktOp is not null;

    /// <summary>Changes on every save, so two users who edit the same dossier cannot overwrite each other.</summary>
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>
    /// Whether the person is inburgeringsplichtig. The gemeente opens a dossier only after DUO or the COA has reported
    /// the person as obliged. The obligation applies only to foreign nationals, so when the BRP records the Dutch
    /// nationality the person is not obliged and the report needs checking.
    /// </summary>
    public bool Inburgeringsplichtig => !HasDutchNationality;

    /// <summary>Whether the BRP records the Dutch nationality (code 0001 of table 32) for the person.</summary>
    public bool HasDutchNationality => Nationaliteiten.Contains(DutchNationalityCode);

    /// <summary>The code of the Dutch nationality in table 32 (Nationaliteitentabel) of the BRP.</summary>
    public const string DutchNationalityCode = "0001";

    /// <summary>The name from the BRP, or the V-nummer for a person whose BRP data are not known yet.</summary>
    public string DisplayName => Naam ?? $"V-nummer {VNummer}";

    /// <summary>
    /// Removes every identifying and personal field and marks the dossier anonymised on <paramref name="today"/>. Keeps
    /// the gemeente, doelgroep, wet regime, status, closure date and reason, and of the koppeldatum only the year
    /// (stored as 1 January of that year).
    /// </summary>
    public void Anonymise(DateOnly today)
    {
        Bsn = null;
        VNummer = null;
        ClientId = null;
        Naam = null;
        Voornamen = null;
        Voorvoegsel = null;
        Geslachtsnaam = null;
        Geboortedatum = null;
        AdresRegel1 = null;
        AdresRegel2 = null;
        Nationaliteiten = [];
        GemeenteVanInschrijving = null;
        DatumInschrijvingGemeente = null;
        BrpOpgevraagdOp = null;
        BeperkingReden = null;
        BeperkingOpgehevenReden = null;
        Koppeldatum = new DateOnly(Koppeldatum.Year, 1, 1);
        GeanonimiseerdOp = today;
    }
}
