namespace Inburgering.Plugin.Registration;

/// <summary>A registration as typed: each value is text, or <see langword="null"/> when left empty.</summary>
/// <param name="Bsn">The BSN; formatting characters and a missing leading zero are accepted.</param>
/// <param name="VNummer">The V-nummer, only for an asielstatushouder who is not yet in the BRP.</param>
/// <param name="Doelgroep">A <see cref="Dossiers.Doelgroep"/> name, for example <c>Asielstatushouder</c>.</param>
/// <param name="Koppeldatum">The day of the koppeling as <c>yyyy-mm-dd</c> or <c>dd-mm-yyyy</c>.</param>
/// <param name="WetRegime">A <see cref="Dossiers.WetRegime"/> name, <c>Wi2013</c> or <c>Wi2021</c>.</param>
internal sealed record RegistrationInput(string? Bsn, string? VNummer, string? Doelgroep, string? Koppeldatum, string? WetRegime);
