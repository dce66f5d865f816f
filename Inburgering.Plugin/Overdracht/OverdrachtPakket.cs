namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// The data-minimised package of a warme overdracht: what the receiving gemeente needs to take over an inburgering
/// after a move, in version 1.0 of the format <c>nl.inburgering.overdracht</c>. The same package goes from one
/// gemeente to another inside a deployment and, signed, as a file between systems; <c>docs/overdracht-formaat.md</c>
/// describes every field.
/// </summary>
/// <remarks>
/// Codes are the names of the plugin's enumerations as text (<c>Asielstatushouder</c>, <c>B1Route</c>), so the format
/// does not change when an enumeration gets a member; a receiver checks every code. Health details travel only in
/// <see cref="Gezondheid"/>, with the reason they are needed.
/// </remarks>
internal sealed record OverdrachtPakket
{
    /// <summary>The name of the format.</summary>
    public const string FormaatNaam = "nl.inburgering.overdracht";

    /// <summary>The version this plugin writes.</summary>
    public const string HuidigeVersie = "1.0";

    /// <summary>The format's name, <see cref="FormaatNaam"/>.</summary>
    public string Formaat { get; init; } = FormaatNaam;

    /// <summary>The format's version, <c>major.minor</c>; a receiver accepts the major versions it supports.</summary>
    public string Versie { get; init; } = HuidigeVersie;

    /// <summary>The package's id: a second import of the same package is recognised by it.</summary>
    public required Guid Id { get; init; }

    /// <summary>When the sending gemeente made the package.</summary>
    public required DateTimeOffset AangemaaktOp { get; init; }

    /// <summary>The sending gemeente and its dossier.</summary>
    public required OverdrachtAfzender Afzender { get; init; }

    /// <summary>The four-digit gemeentecode of the receiving gemeente.</summary>
    public required string OntvangerGemeente { get; init; }

    /// <summary>Who the inburgeraar is and how the obligation started.</summary>
    public required OverdrachtInburgeraar Inburgeraar { get; init; }

    /// <summary>The summary of the brede intake, or <see langword="null"/> when it was not finished.</summary>
    public OverdrachtIntake? Intake { get; init; }

    /// <summary>Health details, only when the sender recorded why the receiver needs them; otherwise <see langword="null"/>.</summary>
    public OverdrachtGezondheid? Gezondheid { get; init; }

    /// <summary>The adopted PIP versions, oldest first; concepts are left out.</summary>
    public IReadOnlyList<OverdrachtPipVersie> PipVersies { get; init; } = [];

    /// <summary>
    /// The dagtekening of the first PIP, or <see langword="null"/> before it. The termijn runs from the day after it in
    /// every gemeente (Wet inburgering 2021, art. 11), so the receiver keeps it unchanged.
    /// </summary>
    public DateOnly? DagtekeningEerstePip { get; init; }

    /// <summary>The current leerroute code (<c>B1Route</c>, <c>Onderwijsroute</c>, <c>ZRoute</c>), which the new PIP keeps.</summary>
    public string? Leerroute { get; init; }

    /// <summary>The verlengingen of the termijn, oldest first.</summary>
    public IReadOnlyList<OverdrachtVerlenging> Verlengingen { get; init; } = [];

    /// <summary>The registered hours, one row per registration.</summary>
    public IReadOnlyList<OverdrachtUren> Uren { get; init; } = [];

    /// <summary>The participatieverklaringstraject, or <see langword="null"/> when nothing was recorded.</summary>
    public OverdrachtOnderdeel? Pvt { get; init; }

    /// <summary>The module arbeidsmarkt en participatie, or <see langword="null"/> when nothing was recorded.</summary>
    public OverdrachtOnderdeel? Map { get; init; }

    /// <summary>The KNM status, or <see langword="null"/> when nothing was recorded.</summary>
    public OverdrachtKnm? Knm { get; init; }

    /// <summary>The exam results, oldest first.</summary>
    public IReadOnlyList<OverdrachtExamen> Examens { get; init; } = [];

    /// <summary>Agreements still running, such as a referral to an aanbieder or ontzorgen.</summary>
    public IReadOnlyList<OverdrachtAfspraak> OpenAfspraken { get; init; } = [];
}

/// <summary>The gemeente that sends a package.</summary>
/// <param name="Gemeente">The four-digit gemeentecode.</param>
/// <param name="DossierId">The sender's dossier id, so both sides can refer to the dossier without personal data.</param>
internal sealed record OverdrachtAfzender(string Gemeente, Guid DossierId)
{
    /// <summary>The gemeente's name, or <see langword="null"/>.</summary>
    public string? GemeenteNaam { get; init; }

    /// <summary>The employee's user id who sent it.</summary>
    public string? VerzondenDoor { get; init; }
}

/// <summary>The person and the start of the obligation.</summary>
/// <param name="Doelgroep">The doelgroep code.</param>
/// <param name="WetRegime">The wet regime code (<c>Wi2021</c>, <c>Wi2013</c>).</param>
/// <param name="Koppeldatum">The day the person was linked to the sending gemeente.</param>
internal sealed record OverdrachtInburgeraar(string Doelgroep, string WetRegime, DateOnly Koppeldatum)
{
    /// <summary>The nine-digit BSN, or <see langword="null"/> when only a V-nummer is known.</summary>
    public string? Bsn { get; init; }

    /// <summary>The ten-digit V-nummer, or <see langword="null"/>.</summary>
    public string? VNummer { get; init; }

    /// <summary>The full name as the BRP composes it, for the receiver to check it has the right person.</summary>
    public string? Naam { get; init; }

    /// <summary>The birth date as the BRP gives it (<c>yyyymmdd</c>, possibly with zeros for an unknown part), or <see langword="null"/>.</summary>
    public string? Geboortedatum { get; init; }

    /// <summary>The day of DUO's kennisgeving, or <see langword="null"/>.</summary>
    public DateOnly? DuoKennisgevingOp { get; init; }
}

/// <summary>The summary of a finished brede intake: what the receiver needs for the new PIP.</summary>
/// <param name="AfgerondOp">The day the intake was finished.</param>
internal sealed record OverdrachtIntake(DateOnly AfgerondOp)
{
    public string? Zelfredzaamheid { get; init; }

    public string? NiveauNederlands { get; init; }

    public bool? AlfabetiseringNodig { get; init; }

    public string? LeerbaarheidstoetsAfname { get; init; }

    public int? LeerbaarheidstoetsScore { get; init; }

    public DateOnly? LeerbaarheidstoetsDatum { get; init; }

    public int? LeerbaarheidstoetsCesuur { get; init; }

    public string? OpleidingHerkomstland { get; init; }

    public string? WerkervaringHerkomstland { get; init; }

    public string? DigitaleVaardigheden { get; init; }

    public bool? TolkNodig { get; init; }

    public string? TolkTaal { get; init; }

    public string? GekozenLeerroute { get; init; }

    public string? Afwijkingsreden { get; init; }

    public string? Ontwikkelwensen { get; init; }
}

/// <summary>Health details from the brede intake, sent only with the reason the receiver needs them.</summary>
/// <param name="Reden">Why the receiving gemeente needs these details; required.</param>
internal sealed record OverdrachtGezondheid(string Reden)
{
    public string? Lichamelijk { get; init; }

    public string? Psychisch { get; init; }
}

/// <summary>An adopted PIP version.</summary>
/// <param name="Versienummer">The version's number in the sending dossier, 1 for the first PIP.</param>
/// <param name="Soort">The kind of version code (<c>Eerste</c>, <c>Wijziging</c>, <c>Verhuizing</c>, ...).</param>
/// <param name="Dagtekening">The version's dagtekening.</param>
/// <param name="Leerroute">The leerroute code.</param>
/// <param name="Niveau">The level code.</param>
internal sealed record OverdrachtPipVersie(int Versienummer, string Soort, DateOnly Dagtekening, string Leerroute, string Niveau)
{
    public string? Wijzigingsreden { get; init; }

    public string? Ondersteuning { get; init; }

    public string? IntensiteitPvt { get; init; }

    public string? IntensiteitMap { get; init; }

    public string? Knm { get; init; }

    public bool Ontzorgen { get; init; }

    public bool MaatschappelijkeBegeleiding { get; init; }

    public string? Vve { get; init; }
}

/// <summary>A verlenging of the termijn.</summary>
/// <param name="NieuweLaatsteDag">The termijn's new last day.</param>
/// <param name="Grond">The ground code.</param>
internal sealed record OverdrachtVerlenging(DateOnly NieuweLaatsteDag, string Grond)
{
    /// <summary>Who decided it, DUO or the gemeente, as a code.</summary>
    public string? Besluitnemer { get; init; }

    public DateOnly? Besluitdatum { get; init; }
}

/// <summary>One registration of hours.</summary>
/// <param name="Soort">The kind of hours code (<c>Taal</c>, <c>Knm</c>, <c>Participatie</c>, ...).</param>
/// <param name="PeriodeVan">The first day of the period.</param>
/// <param name="PeriodeTot">The last day of the period.</param>
/// <param name="Uren">The hours.</param>
internal sealed record OverdrachtUren(string Soort, DateOnly PeriodeVan, DateOnly PeriodeTot, decimal Uren)
{
    /// <summary>Whether an aanbieder with the keurmerk taught the hours.</summary>
    public bool MetKeurmerk { get; init; }

    /// <summary>The aanbieder's name, or <see langword="null"/>.</summary>
    public string? Aanbieder { get; init; }
}

/// <summary>The status of PVT or MAP.</summary>
internal sealed record OverdrachtOnderdeel
{
    /// <summary>The result code (<c>Voldaan</c>, <c>NietVoldaan</c>), or <see langword="null"/> while running.</summary>
    public string? Resultaat { get; init; }

    /// <summary>The day of signing (PVT) or of the final interview (MAP), or <see langword="null"/>.</summary>
    public DateOnly? Datum { get; init; }

    /// <summary>The day the gemeente registered the result in DUO's portal, or <see langword="null"/>.</summary>
    public DateOnly? DuoGeregistreerdOp { get; init; }
}

/// <summary>The status of KNM.</summary>
/// <param name="Status">The status code.</param>
internal sealed record OverdrachtKnm(string Status)
{
    public DateOnly? Examendatum { get; init; }

    public string? Examenresultaat { get; init; }
}

/// <summary>One exam result.</summary>
/// <param name="Onderdeel">The exam part code.</param>
/// <param name="Examendatum">The day of the exam.</param>
/// <param name="Niveau">The level code.</param>
/// <param name="Resultaat">The outcome code.</param>
internal sealed record OverdrachtExamen(string Onderdeel, DateOnly Examendatum, string Niveau, string Resultaat)
{
    public decimal? Score { get; init; }
}

/// <summary>An agreement still running when the package was made.</summary>
/// <param name="Soort">What kind of agreement: <c>aanmelding</c>, <c>ontzorgen</c>, <c>maatschappelijke-begeleiding</c>.</param>
/// <param name="Omschrijving">What was agreed, in the sender's words, for example the aanbieder and onderdeel.</param>
/// <param name="Van">The first day.</param>
internal sealed record OverdrachtAfspraak(string Soort, string Omschrijving, DateOnly Van)
{
    /// <summary>The last day, or <see langword="null"/> when open-ended.</summary>
    public DateOnly? Tot { get; init; }
}
