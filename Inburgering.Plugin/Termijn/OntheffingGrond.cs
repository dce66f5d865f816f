namespace Inburgering.Plugin.Termijn;

/// <summary>
/// The ground of an ontheffing or vrijstelling. <see cref="OntheffingGronden"/> lists which grounds belong to which
/// <see cref="OntheffingSoort"/>.
/// </summary>
internal enum OntheffingGrond
{
    /// <summary>Ontheffing: a medical or psychological reason makes meeting the obligation impossible.</summary>
    MedischOfPsychisch,

    /// <summary>Ontheffing: the person showed effort (aantoonbare inspanning) but cannot finish.</summary>
    AantoonbareInspanning,

    /// <summary>Vrijstelling: a Dutch diploma or certificate shows the required level.</summary>
    Diploma,

    /// <summary>Vrijstelling: the person lived at least 8 years in the Netherlands at school age (leerplichtige leeftijd).</summary>
    AchtJaarInNederlandOpSchoolleeftijd,

    /// <summary>Another ground, described in the toelichting; possible for both kinds.</summary>
    Anders,
}
