using Host.Abstractions;

namespace Inburgering.Plugin.Beperking;

/// <summary>What a user sees of a restricted dossier: that it is restricted and whom to ask, without personal data.</summary>
internal static class BeperkingNotice
{
    public static LocalizedText Title { get; } = new("Dossier beperkt", "Dossier restricted");

    public static LocalizedText Text { get; } = new(
        "De verwerking van dit dossier is beperkt (AVG artikel 18), bijvoorbeeld na een intrekking door DUO. Niemand kan het openen, wijzigen of delen. Alleen de privacy officer van de gemeente kan het inzien of de beperking opheffen; neem voor vragen contact op met de privacy officer.",
        "The processing of this dossier is restricted (GDPR article 18), for example after a withdrawal by DUO. No one can open, change or share it. Only the municipality's privacy officer can view it or lift the restriction; contact the privacy officer with questions.");

    /// <summary>The content of a screen that refuses a restricted dossier.</summary>
    public static ScreenContent Content => ScreenContent.Refused(Title, Text);

    /// <summary>The result of an action on a restricted dossier: rejected, nothing changed.</summary>
    public static ActionResult Rejection => ActionResult.Invalid(new FieldError("", Text));
}
