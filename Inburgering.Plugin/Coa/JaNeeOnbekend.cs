namespace Inburgering.Plugin.Coa;

/// <summary>An answer on the COA informatieformulier that may be unknown, as the GGM codes its booleans.</summary>
internal enum JaNeeOnbekend
{
    /// <summary>The form does not say, or the COA does not know.</summary>
    Onbekend,

    Ja,

    Nee,
}
