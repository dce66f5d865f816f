namespace Inburgering.Plugin.Termijn;

/// <summary>The ground on which the inburgeringstermijn was extended, as DUO's rules for extra time list them.</summary>
internal enum VerlengingsGrond
{
    /// <summary>The person first had to follow an alfabetiseringscursus.</summary>
    AlfabetiseringEerst,

    /// <summary>The person followed education.</summary>
    OnderwijsGevolgd,

    /// <summary>Illness.</summary>
    Ziekte,

    /// <summary>A death in the family.</summary>
    OverlijdenInFamilie,

    /// <summary>Childbirth.</summary>
    Bevalling,

    /// <summary>Homelessness or a stay in a shelter (opvang).</summary>
    DakloosheidOfOpvang,

    /// <summary>The gemeente did not offer a course in time.</summary>
    GeenTijdigAanbodGemeente,

    /// <summary>Problems with the school.</summary>
    ProblemenMetSchool,

    /// <summary>Many hours followed and at least 2 of the 4 language exams passed.</summary>
    VeelUrenEnTweeExamens,

    /// <summary>Another ground, described in the toelichting.</summary>
    Anders,
}
