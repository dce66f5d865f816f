namespace Inburgering.Plugin.Coa;

/// <summary>
/// The values of one COA informatieformulier about an asielstatushouder, as entered or imported. Two forms with the
/// same values are equal, so an update or re-import that changes nothing is recognised and adds no version.
/// </summary>
internal sealed record CoaGegevens
{
    /// <summary>The day the COA filled in the informatieformulier.</summary>
    public DateOnly Formulierdatum { get; init; }

    /// <summary>The name of the COA regievoerder, the COA employee who hands the person over to the gemeente.</summary>
    public string? RegievoerderNaam { get; init; }

    public string? RegievoerderTelefoon { get; init; }

    public string? RegievoerderEmail { get; init; }

    /// <summary>The name or location of the AZC (asielzoekerscentrum) where the person lives, for example AZC Budel.</summary>
    public string? AzcNaam { get; init; }

    /// <summary>The postal address of the AZC.</summary>
    public string? AzcAdres { get; init; }

    /// <summary>The phone number at which the person can be reached during the stay in the AZC.</summary>
    public string? AzcTelefoon { get; init; }

    /// <summary>The e-mail address of the person during the stay in the AZC.</summary>
    public string? AzcEmail { get; init; }

    public JaNeeOnbekend DigidAangevraagd { get; init; }

    /// <summary>The day the DigiD was requested; only with <see cref="DigidAangevraagd"/> Ja.</summary>
    public DateOnly? DigidAangevraagdOp { get; init; }

    /// <summary>Whether the person has a driving licence, or <see langword="null"/> when the form leaves it open.</summary>
    public bool? Rijbewijs { get; init; }

    /// <summary>The state that issued the driving licence (GGM "Land Rijbewijs"); only with <see cref="Rijbewijs"/>.</summary>
    public string? RijbewijsUitgifteStaat { get; init; }

    /// <summary>Whether the person consented to voorinburgering in the AZC, or <see langword="null"/> when not asked yet.</summary>
    public bool? ToestemmingVoorinburgering { get; init; }

    /// <summary>The day of the consent or refusal (GGM DatumInstemming).</summary>
    public DateOnly? ToestemmingVoorinburgeringOp { get; init; }

    /// <summary>The day the person is or will be housed in the gemeente, when known.</summary>
    public DateOnly? Huisvestingsdatum { get; init; }

    public StartScenario? StartScenario { get; init; }

    /// <summary>Other remarks of the COA about the handover; never health facts, which belong in the brede intake.</summary>
    public string? Bijzonderheden { get; init; }
}
