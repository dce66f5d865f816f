using System.Text;
using Host.Abstractions;
using Inburgering.Plugin.Tests.Bestandsimport;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>Steps the import tests of DUO signals share: building a CSV file and uploading it as a consulent does.</summary>
internal static class DuoSignaalImportSteps
{
    public const string ActionId = "inburgering.duo-signalen-importeren";

    public const string Kop = "soort;kennisgevingsdatum;bsn;v_nummer;doelgroep;wet_regime;koppeldatum;kenmerk";

    /// <summary>Returns the UTF-8 bytes of a CSV file with <paramref name="regels"/> below <paramref name="kop"/>.</summary>
    public static byte[] Csv(string kop, params string[] regels) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", [kop, .. regels]) + "\r\n");

    /// <summary>Uploads <paramref name="bestand"/> to the import action with <paramref name="modus"/>.</summary>
    public static Task<ActionResult> ImportAsync(this PluginHarness plugin, byte[] bestand, string? modus = null, string bestandsnaam = "signalen.csv") =>
        BestandsimportSteps.UploadAsync(plugin, ActionId, bestand, bestandsnaam, ("modus", modus));
}
