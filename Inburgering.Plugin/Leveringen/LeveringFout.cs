using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Leveringen;

/// <summary>One error in a delivery: the line, the column and the value, with what is wrong and how to fix it.</summary>
internal sealed class LeveringFout : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid LeveringId { get; set; }

    /// <summary>The gemeentecode of the gemeente the delivery is for.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The line number in the file (the header is line 1), the row number in the API body from 1, or 0 for the whole delivery.</summary>
    public int Regelnummer { get; set; }

    /// <summary>The column or field name, or <see langword="null"/> for the whole row.</summary>
    public string? Kolom { get; set; }

    /// <summary>The value as delivered, cut to 100 characters, or <see langword="null"/>.</summary>
    public string? Waarde { get; set; }

    /// <summary>A stable code for programs, such as <c>verplicht</c>, <c>datum</c> or <c>bsn</c>.</summary>
    public required string Code { get; set; }

    /// <summary>What is wrong and how to fix it, in Dutch.</summary>
    public required string MeldingNl { get; set; }

    /// <summary>What is wrong and how to fix it, in English.</summary>
    public required string MeldingEn { get; set; }
}
