namespace Inburgering.Plugin.Voortgang;

/// <summary>A level of the Common European Framework of Reference (CEFR) at which a language exam is taken; the order is from low to high.</summary>
internal enum Taalniveau
{
    A1,

    A2,

    B1,

    B2,
}
