using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Termijn;

/// <summary>Records DUO's vrijstelling, for example for a Dutch diploma, and closes the dossier.</summary>
internal sealed class LegVrijstellingVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegVrijstellingVastAction> logger) : OntheffingAction(OntheffingSoort.Vrijstelling, db, processingLog, user, clock, logger)
{
    public const string ActionId = "inburgering.termijn.vrijstelling";

    public override ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Vrijstelling door DUO vastleggen", "Record an exemption by DUO"),
        [TermijnFields.Besluitdatum, TermijnFields.VrijstellingGrond, TermijnFields.Toelichting],
        InburgeringPermissions.TermijnEdit);

    protected override FieldDefinition GrondField => TermijnFields.VrijstellingGrond;
}
