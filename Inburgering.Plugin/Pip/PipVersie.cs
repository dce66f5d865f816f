using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// One version of a dossier's PIP. A concept can be edited; once vastgesteld it is a beschikking and immutable, so a
/// change makes a new concept version copied from the last vastgesteld one, with its <see cref="Soort"/> and reason.
/// </summary>
internal sealed class PipVersie : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>1 for the first PIP, then one more for each new version.</summary>
    public int Versienummer { get; set; }

    public PipStatus Status { get; private set; }

    public PipSoort Soort { get; set; }

    /// <summary>Why this version replaces the previous one; required for every version after the first.</summary>
    public string? Wijzigingsreden { get; set; }

    /// <summary>The date of the beschikking, set when the version is vastgesteld.</summary>
    public DateOnly? Dagtekening { get; private set; }

    /// <summary>The host's user id of the employee who adopted the version.</summary>
    public string? VastgesteldDoor { get; private set; }

    public DateTimeOffset? VastgesteldOp { get; private set; }

    public DateTimeOffset OpgesteldOp { get; set; }

    /// <summary>The host's user id of the employee who drew up the concept.</summary>
    public required string OpgesteldDoor { get; set; }

    public Leerroute Leerroute { get; private set; }

    public PipNiveau Niveau { get; private set; }

    public string? Ondersteuning { get; private set; }

    public string? IntensiteitPvt { get; private set; }

    public string? IntensiteitMap { get; private set; }

    public string? Knm { get; private set; }

    public bool Ontzorgen { get; private set; }

    public string? OntzorgenToelichting { get; private set; }

    public bool MaatschappelijkeBegeleiding { get; private set; }

    public string? MaatschappelijkeBegeleidingToelichting { get; private set; }

    public string? Vve { get; private set; }

    public string? ContactpersoonNaam { get; private set; }

    public string? ContactpersoonEmail { get; private set; }

    /// <summary>For afschalen: whether the consulent found that the person showed enough effort.</summary>
    public bool? InzetAangetoond { get; private set; }

    /// <summary>For afschalen: how the effort was shown.</summary>
    public string? InzetToelichting { get; private set; }

    /// <summary>For afschalen: the NT2 hours that counted when the concept was drawn up.</summary>
    public decimal? Nt2UrenBijAfschalen { get; private set; }

    /// <summary>
    /// The gemeentecode of the gemeente that adopted this version before the person moved here, or
    /// <see langword="null"/> for a version of this gemeente. A carried-over version is read-only history, and the
    /// new PIP after the move keeps its leerroute.
    /// </summary>
    public string? OvergenomenVan { get; private set; }

    public bool IsVastgesteld => Status == PipStatus.Vastgesteld;

    /// <summary>The contents as a value, for copying and checking.</summary>
    public PipInhoud Inhoud => new()
    {
        Leerroute = Leerroute,
        Niveau = Niveau,
        Ondersteuning = Ondersteuning,
        IntensiteitPvt = IntensiteitPvt,
        IntensiteitMap = IntensiteitMap,
        Knm = Knm,
        Ontzorgen = Ontzorgen,
        OntzorgenToelichting = OntzorgenToelichting,
        MaatschappelijkeBegeleiding = MaatschappelijkeBegeleiding,
        MaatschappelijkeBegeleidingToelichting = MaatschappelijkeBegeleidingToelichting,
        Vve = Vve,
        ContactpersoonNaam = ContactpersoonNaam,
        ContactpersoonEmail = ContactpersoonEmail,
    };

    /// <summary>Replaces the contents of this concept.</summary>
    /// <exception cref="InvalidOperationException">The version is vastgesteld.</exception>
    public void VulIn(PipInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        EnsureConcept();

        Leerroute = inhoud.Leerroute;
        Niveau = inhoud.Niveau;
        Ondersteuning = inhoud.Ondersteuning;
        IntensiteitPvt = inhoud.IntensiteitPvt;
        IntensiteitMap = inhoud.IntensiteitMap;
        Knm = inhoud.Knm;
        Ontzorgen = inhoud.Ontzorgen;
        OntzorgenToelichting = inhoud.OntzorgenToelichting;
        MaatschappelijkeBegeleiding = inhoud.MaatschappelijkeBegeleiding;
        MaatschappelijkeBegeleidingToelichting = inhoud.MaatschappelijkeBegeleidingToelichting;
        Vve = inhoud.Vve;
        ContactpersoonNaam = inhoud.ContactpersoonNaam;
        ContactpersoonEmail = inhoud.ContactpersoonEmail;
    }

    /// <summary>Records the effort and hours on which this afschalen concept rests.</summary>
    /// <exception cref="InvalidOperationException">The version is vastgesteld.</exception>
    public void LegAfschalenVast(string inzetToelichting, decimal nt2Uren)
    {
        EnsureConcept();

        InzetAangetoond = true;
        InzetToelichting = inzetToelichting;
        Nt2UrenBijAfschalen = nt2Uren;
    }

    /// <summary>Adopts this concept as a beschikking with <paramref name="dagtekening"/>; it is immutable afterwards.</summary>
    /// <exception cref="InvalidOperationException">The version is already vastgesteld.</exception>
    public void StelVast(DateOnly dagtekening, string door, DateTimeOffset op)
    {
        ArgumentException.ThrowIfNullOrEmpty(door);
        EnsureConcept();

        Status = PipStatus.Vastgesteld;
        Dagtekening = dagtekening;
        VastgesteldDoor = door;
        VastgesteldOp = op;
    }

    /// <summary>
    /// Returns a vastgesteld version that <paramref name="afzenderGemeente"/> adopted before the person moved here,
    /// with its own number, contents and dagtekening.
    /// </summary>
    public static PipVersie Overgenomen(Guid dossierId, string gemeente, string afzenderGemeente, int versienummer, PipSoort soort, string? wijzigingsreden, PipInhoud inhoud, DateOnly dagtekening, string door, DateTimeOffset op)
    {
        ArgumentException.ThrowIfNullOrEmpty(afzenderGemeente);

        var versie = new PipVersie
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossierId,
            Gemeente = gemeente,
            Versienummer = versienummer,
            Soort = soort,
            Wijzigingsreden = wijzigingsreden,
            OpgesteldOp = op,
            OpgesteldDoor = door,
            OvergenomenVan = afzenderGemeente,
        };
        versie.VulIn(inhoud);
        versie.StelVast(dagtekening, door, op);
        return versie;
    }

    private void EnsureConcept()
    {
        if (IsVastgesteld)
        {
            throw new InvalidOperationException($"PIP version {Id} is vastgesteld and cannot change; draw up a new version.");
        }
    }
}
