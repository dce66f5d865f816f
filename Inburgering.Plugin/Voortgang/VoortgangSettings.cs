using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The hour targets per gemeente: the PVT minimum and the Z-route targets per doelgroep.</summary>
internal sealed class VoortgangSettings : ISettingsProvider
{
    public const string PvtMinimumUren = "inburgering.pvt-minimum-uren";

    public const string ZRouteCursusUren = "inburgering.zroute-cursusuren";

    public const string ZRouteParticipatieUrenAsiel = "inburgering.zroute-participatie-uren-asiel";

    public const string ZRouteParticipatieUrenOverig = "inburgering.zroute-participatie-uren-overig";

    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        Setting(
            PvtMinimumUren,
            new LocalizedText("Minimum aantal uren PVT", "Minimum PVT hours"),
            new LocalizedText(
                "Zoveel uren participatieverklaringstraject volgt de inburgeraar voordat hij de participatieverklaring ondertekent. Let op: de 12 uur staat niet bevestigd in de wet; controleer het minimum.",
                "This many hours of the participation statement trajectory come before the person signs the participation statement. Note: the 12 hours are not confirmed in the law; check the minimum."),
            12),
        Setting(
            ZRouteCursusUren,
            new LocalizedText("Z-route: cursusuren", "Z-route: course hours"),
            new LocalizedText("Zoveel uren taal, alfabetisering en KNM volgt de inburgeraar in de Z-route.", "This many hours of language, literacy and KNM lessons make up the Z-route."),
            800),
        Setting(
            ZRouteParticipatieUrenAsiel,
            new LocalizedText("Z-route: participatie-uren asielstatushouders", "Z-route: participation hours for asylum permit holders"),
            new LocalizedText("Zoveel participatie-uren volgt een asielstatushouder in de Z-route.", "This many participation hours make up the Z-route of an asylum permit holder."),
            800),
        Setting(
            ZRouteParticipatieUrenOverig,
            new LocalizedText("Z-route: participatie-uren gezinsmigranten en overige migranten", "Z-route: participation hours for family and other migrants"),
            new LocalizedText("Zoveel participatie-uren volgen gezinsmigranten en overige migranten in de Z-route; 0 betekent geen.", "This many participation hours make up the Z-route of family and other migrants; 0 means none."),
            0),
    ];

    private static SettingDefinition Setting(string key, LocalizedText label, LocalizedText hint, int defaultUren) =>
        new(new FieldDefinition(key, label, FieldType.Number) { Minimum = 0, Privacy = PrivacyClass.Normal, Hint = hint }, defaultUren.ToString(CultureInfo.InvariantCulture));
}
