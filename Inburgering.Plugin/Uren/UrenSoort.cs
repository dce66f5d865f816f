namespace Inburgering.Plugin.Uren;

/// <summary>What the hours of an <see cref="Urenregel"/> were spent on.</summary>
internal enum UrenSoort
{
    /// <summary>NT2 (Dutch as a second language) lessons taught in person.</summary>
    Nt2Fysiek,

    /// <summary>NT2 lessons followed online; they count for at most half of the 600 hours for afschalen.</summary>
    Nt2Online,

    /// <summary>Alfabetisering (literacy) lessons.</summary>
    Alfabetisering,

    /// <summary>KNM (kennis van de Nederlandse maatschappij) lessons.</summary>
    Knm,

    /// <summary>Participation hours, such as volunteering, in the Z-route.</summary>
    Participatie,

    /// <summary>Hours of the participatieverklaringstraject (PVT).</summary>
    Pvt,

    /// <summary>Practical hours of the Module Arbeidsmarkt en Participatie (MAP).</summary>
    MapPraktijk,
}
