using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Afname = Inburgering.Plugin.BredeIntake.LeerbaarheidstoetsAfname;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// The brede intake of one dossier (Wet inburgering 2021, article 14): saved part by part, then completed
/// (afgerond) once every part is filled in and a leerroute is chosen. A completed intake is read-only, because the PIP
/// builds on it. Health is a special category of personal data: it has its own columns and its own permission.
/// </summary>
internal sealed class BredeIntake : IGemeenteOwned
{
    /// <summary>The id of the dossier; a dossier has at most one intake.</summary>
    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public Zelfredzaamheid? Zelfredzaamheid { get; set; }

    public string? ZelfredzaamheidToelichting { get; set; }

    public NiveauNederlands? NiveauNederlands { get; set; }

    public bool? AlfabetiseringNodig { get; set; }

    public LeerbaarheidstoetsAfname? LeerbaarheidstoetsAfname { get; set; }

    /// <summary>The raw score, 0 to 40, when the person took the test.</summary>
    public int? LeerbaarheidstoetsScore { get; set; }

    /// <summary>The day the person took the test.</summary>
    public DateOnly? LeerbaarheidstoetsDatum { get; set; }

    /// <summary>The pass mark in force on <see cref="LeerbaarheidstoetsDatum"/>, stored with the score.</summary>
    public int? LeerbaarheidstoetsCesuur { get; set; }

    public string? OpleidingHerkomstland { get; set; }

    public string? WerkervaringHerkomstland { get; set; }

    /// <summary>Physical health; special category.</summary>
    public string? GezondheidLichamelijk { get; set; }

    /// <summary>Mental health; special category.</summary>
    public string? GezondheidPsychisch { get; set; }

    /// <summary>Whether health was not discussed in the intake; special category.</summary>
    public bool GezondheidNietBesproken { get; set; }

    /// <summary>Why health was not discussed; special category.</summary>
    public string? GezondheidNietBesprokenReden { get; set; }

    public string? Gezinssituatie { get; set; }

    public string? SociaalNetwerk { get; set; }

    /// <summary>The number of the person's children younger than four, for the vve options.</summary>
    public int? AantalKinderenJongerDanVier { get; set; }

    public string? VveToelichting { get; set; }

    public string? Werknemersvaardigheden { get; set; }

    public string? Werkervaring { get; set; }

    public string? PraktischeCompetenties { get; set; }

    public DigitaleVaardigheid? DigitaleVaardigheden { get; set; }

    public string? DigitaleVaardighedenToelichting { get; set; }

    public string? Ontwikkelwensen { get; set; }

    public bool? TolkNodig { get; set; }

    /// <summary>The language the interpreter speaks with the person, when an interpreter is needed.</summary>
    public string? TolkTaal { get; set; }

    /// <summary>The leerroute the consulent chose for the PIP.</summary>
    public Leerroute? GekozenLeerroute { get; set; }

    /// <summary>Why the chosen leerroute differs from the advice of the leerbaarheidstoets, or why there is no advice.</summary>
    public string? Afwijkingsreden { get; set; }

    /// <summary>The day the first part was saved.</summary>
    public DateOnly GestartOp { get; set; }

    /// <summary>The day the intake was completed, or <see langword="null"/> while it is open.</summary>
    public DateOnly? AfgerondOp { get; set; }

    /// <summary>The host's user id of the employee who completed the intake.</summary>
    public string? AfgerondDoor { get; set; }

    /// <summary>Changes on every save, so two users who edit the same intake cannot overwrite each other.</summary>
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Whether the intake is completed and so read-only.</summary>
    public bool IsAfgerond => AfgerondOp is not null;

    /// <summary>The result of the leerbaarheidstoets, or <see langword="null"/> when it was not taken (yet).</summary>
    public ToetsUitslag? Toetsuitslag =>
        LeerbaarheidstoetsAfname == Afname.Afgenomen
        && LeerbaarheidstoetsScore is { } score && LeerbaarheidstoetsDatum is { } datum && LeerbaarheidstoetsCesuur is { } cesuur
            ? new ToetsUitslag(score, datum, cesuur)
            : null;
}
