using Host.Abstractions;

namespace Inburgering.Plugin.Coa;

/// <summary>What is wrong with the value of one field of a COA informatieformulier and how to fix it.</summary>
/// <param name="Veld">The field.</param>
/// <param name="Melding">The problem and the fix, in Dutch and English, naming the field by its label.</param>
internal sealed record CoaInvoerFout(FieldDefinition Veld, LocalizedText Melding);
