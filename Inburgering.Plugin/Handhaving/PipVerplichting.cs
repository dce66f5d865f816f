namespace Inburgering.Plugin.Handhaving;

/// <summary>The obligation of the PIP that the person did not meet.</summary>
internal enum PipVerplichting
{
    /// <summary>Following the leerroute, such as attending the language course.</summary>
    Leerroute,

    /// <summary>The Kennis van de Nederlandse Maatschappij (KNM).</summary>
    Knm,

    /// <summary>The participatieverklaringstraject (PVT).</summary>
    Pvt,

    /// <summary>The Module Arbeidsmarkt en Participatie (MAP).</summary>
    Map,

    /// <summary>A voortgangsgesprek or another appointment with the gemeente.</summary>
    Afspraak,

    /// <summary>A part of the PIP under the Participatiewet; enforced with bijstand measures, not with a fine.</summary>
    ParticipatiewetOnderdeel,

    /// <summary>Another obligation, described in the omschrijving.</summary>
    Anders,
}
