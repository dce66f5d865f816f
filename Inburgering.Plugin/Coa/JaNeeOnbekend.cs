namespace Inburgering.Plugin.Coa;

/// <summary>A yes, no or unknown value on the COA informatieformulier, as the GGM codes its booleans.</summary>
internal enum JaNeeOnbekend
{
    /// <summary>The form leaves it open, or the COA does not know.</summary>
    Onbekend,

    Ja,

    Nee,
}
