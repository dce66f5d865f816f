using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Termijn;

/// <summary>Records DUO's ontheffing (Wet inburgering 2021, art. 5) and closes the dossier.</summary>
internal sealed class LegOntheffingVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegOntheffingVastAction> logger) : OntheffingAction(OntheffingSoort.Ontheffing, db, processingLog, user, clock, logger)
{
    public const string ActionId = "inburgering.termijn.ontheffing";

    public override ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Ontheffing door DUO vastleggen", "Record a dispensation by DUO"),
        [TermijnFields.Besluitdatum, TermijnFields.OntheffingGrond, TermijnFields.Toelichting],
        InburgeringPermissions.TermijnEdit);

    protected override FieldDefinition GrondField => TermijnFields.OntheffingGrond;
}
