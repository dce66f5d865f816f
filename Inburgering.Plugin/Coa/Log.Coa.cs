using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Dossiers;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of the COA information about asielstatushouders, event ids 19xxx; they name dossier ids and counts, never a BSN, V-nummer or file name.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 19001, Level = LogLevel.Information, Message = "Recorded version {Versie} of the COA information of dossier {DossierId} from source {Bron}")]
    public static partial void CoaInformatieRecorded(ILogger logger, Guid dossierId, int versie, CoaBron bron);

    [LoggerMessage(EventId = 19002, Level = LogLevel.Information, Message = "Rejected COA information for dossier {DossierId}: doelgroep {Doelgroep} is not asielstatushouder")]
    public static partial void CoaRefusedForDoelgroep(ILogger logger, Guid dossierId, Doelgroep doelgroep);

    [LoggerMessage(EventId = 19003, Level = LogLevel.Information, Message = "Rejected a COA file before import: {Soort}")]
    public static partial void CoaBestandStructuurfout(ILogger logger, Bestandsimport.BestandsfoutSoort soort);

    [LoggerMessage(EventId = 19004, Level = LogLevel.Information, Message = "Imported a COA file in mode {Modus}: {AantalRegels} rows, {AantalGewijzigd} changed, {AantalOngewijzigd} unchanged, {AantalFout} with errors")]
    public static partial void CoaBestandVerwerkt(ILogger logger, Leveringen.LeveringModus modus, int aantalRegels, int aantalGewijzigd, int aantalOngewijzigd, int aantalFout);

    [LoggerMessage(EventId = 19005, Level = LogLevel.Information, Message = "Rejected a COA file of {AantalRegels} rows as a whole: {AantalFout} rows with errors; nothing was stored")]
    public static partial void CoaBestandGeweigerd(ILogger logger, int aantalRegels, int aantalFout);

    [LoggerMessage(EventId = 19006, Level = LogLevel.Warning, Message = "A dossier changed while a COA file was imported; nothing was stored")]
    public static partial void CoaImportConflict(ILogger logger);
}
