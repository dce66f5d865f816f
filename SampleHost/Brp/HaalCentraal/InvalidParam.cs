namespace SampleHost.Brp.HaalCentraal;

/// <summary>One wrong parameter in a <see cref="Problem"/>.</summary>
/// <param name="Name">The parameter path, such as <c>burgerservicenummer[0]</c>.</param>
/// <param name="Code">What is wrong: <c>required</c>, <c>array</c>, <c>minItems</c>, <c>maxItems</c>, <c>pattern</c>, <c>fields</c>, <c>value</c> or <c>unknownParam</c>.</param>
/// <param name="Reason">A sentence for the developer of the client.</param>
internal sealed record InvalidParam(string Name, string Code, string Reason);
