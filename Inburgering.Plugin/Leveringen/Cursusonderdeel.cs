namespace Inburgering.Plugin.Leveringen;

/// <summary>The part of the inburgering an aanbieder teaches and reports on; the codes are those of the delivery format.</summary>
internal enum Cursusonderdeel
{
    /// <summary>Dutch language lessons (NT2); code <c>TAAL</c>.</summary>
    Taal,

    /// <summary>Kennis van de Nederlandse maatschappij; code <c>KNM</c>.</summary>
    Knm,

    /// <summary>Module Arbeidsmarkt en Participatie; code <c>MAP</c>.</summary>
    Map,

    /// <summary>Participatieverklaringstraject; code <c>PVT</c>.</summary>
    Pvt,

    /// <summary>Literacy lessons (alfabetisering); code <c>ALFA</c>.</summary>
    Alfabetisering,

    /// <summary>Participation activities of the Z-route; code <c>PARTICIPATIE</c>.</summary>
    Participatie,
}
