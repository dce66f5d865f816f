namespace Inburgering.Plugin.Coa;

/// <summary>
/// The stored values of a COA informatieformulier, shared by the current row and its versions so both tables have the
/// same columns. See <see cref="CoaGegevens"/> for the meaning of each value.
/// </summary>
internal abstract class CoaFormulierKolommen
{
    public DateOnly Formulierdatum { get; set; }

    public string? RegievoerderNaam { get; set; }

    public string? RegievoerderTelefoon { get; set; }

    public string? RegievoerderEmail { get; set; }

    public string? AzcNaam { get; set; }

    public string? AzcAdres { get; set; }

    public string? AzcTelefoon { get; set; }

    public string? AzcEmail { get; set; }

    public JaNeeOnbekend DigidAangevraagd { get; set; }

    public DateOnly? DigidAangevraagdOp { get; set; }

    public bool? Rijbewijs { get; set; }

    public string? RijbewijsUitgifteStaat { get; set; }

    public bool? ToestemmingVoorinburgering { get; set; }

    public DateOnly? ToestemmingVoorinburgeringOp { get; set; }

    public DateOnly? Huisvestingsdatum { get; set; }

    public StartScenario? StartScenario { get; set; }

    public string? Bijzonderheden { get; set; }

    /// <summary>Returns the stored values as a form, for comparing and showing.</summary>
    public CoaGegevens Gegevens() => new()
    {
        Formulierdatum = Formulierdatum,
        RegievoerderNaam = RegievoerderNaam,
        RegievoerderTelefoon = RegievoerderTelefoon,
        RegievoerderEmail = RegievoerderEmail,
        AzcNaam = AzcNaam,
        AzcAdres = AzcAdres,
        AzcTelefoon = AzcTelefoon,
        AzcEmail = AzcEmail,
        DigidAangevraagd = DigidAangevraagd,
        DigidAangevraagdOp = DigidAangevraagdOp,
        Rijbewijs = Rijbewijs,
        RijbewijsUitgifteStaat = RijbewijsUitgifteStaat,
        ToestemmingVoorinburgering = ToestemmingVoorinburgering,
        ToestemmingVoorinburgeringOp = ToestemmingVoorinburgeringOp,
        Huisvestingsdatum = Huisvestingsdatum,
        StartScenario = StartScenario,
        Bijzonderheden = Bijzonderheden,
    };

    /// <summary>Replaces every stored value with the value of <paramref name="gegevens"/>.</summary>
    public void Neem(CoaGegevens gegevens)
    {
        ArgumentNullException.ThrowIfNull(gegevens);

        Formulierdatum = gegevens.Formulierdatum;
        RegievoerderNaam = gegevens.RegievoerderNaam;
        RegievoerderTelefoon = gegevens.RegievoerderTelefoon;
        RegievoerderEmail = gegevens.RegievoerderEmail;
        AzcNaam = gegevens.AzcNaam;
        AzcAdres = gegevens.AzcAdres;
        AzcTelefoon = gegevens.AzcTelefoon;
        AzcEmail = gegevens.AzcEmail;
        DigidAangevraagd = gegevens.DigidAangevraagd;
        DigidAangevraagdOp = gegevens.DigidAangevraagdOp;
        Rijbewijs = gegevens.Rijbewijs;
        RijbewijsUitgifteStaat = gegevens.RijbewijsUitgifteStaat;
        ToestemmingVoorinburgering = gegevens.ToestemmingVoorinburgering;
        ToestemmingVoorinburgeringOp = gegevens.ToestemmingVoorinburgeringOp;
        Huisvestingsdatum = gegevens.Huisvestingsdatum;
        StartScenario = gegevens.StartScenario;
        Bijzonderheden = gegevens.Bijzonderheden;
    }
}
