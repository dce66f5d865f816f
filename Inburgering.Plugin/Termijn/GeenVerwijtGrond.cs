namespace Inburgering.Plugin.Termijn;

/// <summary>
/// The designated non-exempting education that means the person is not to blame for finishing after the termijn
/// (Besluit inburgering 2021, art. 4.3 lid 2).
/// </summary>
internal enum GeenVerwijtGrond
{
    /// <summary>Praktijkonderwijs.</summary>
    Praktijkonderwijs,

    /// <summary>A designated profile of voortgezet speciaal onderwijs.</summary>
    VoortgezetSpeciaalOnderwijs,

    /// <summary>The entreeopleiding (mbo level 1).</summary>
    Entreeopleiding,

    /// <summary>Other designated education, described in the toelichting.</summary>
    Anders,
}
