using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Security;
using SampleHost.Tests.Hosting;

namespace SampleHost.Tests.Security;

public sealed partial class AuthorizationMatrixTests
{
    private WebhookReceiver _webhooks = null!;

    /// <summary>
    /// Adds the ids of the records of a move, which users make here through the product. A consulent records a
    /// verhuizing of 999993653 on the BRP stand-in and a MAP result that puts an item on the DUO worklist. The consulent
    /// then prepares a warme overdracht and an overdracht file of that demo dossier, and the functioneel beheerder adds
    /// a subscription.
    /// </summary>
    private async Task AddKetenValuesAsync()
    {
        _webhooks = new WebhookReceiver();
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Gemeente}-consulent-inburgering");
        var today = DateOnly.FromDateTime(_server.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

        await InburgeringSteps.RegisterAsync(consulent, KetenSteps.VerhuisdeBsn);
        await KetenSteps.RecordMoveAsync(consulent, "0518");

        var dossierId = await KetenSteps.RecordMapResultAsync(consulent, await KetenSteps.DossierIdsAsync(consulent), today.AddDays(-7));
        _routeValues["dossierId"] = dossierId;
        _routeValues["duoRegistratieId"] = (await KetenSteps.LinkedIdsAsync(consulent, "/api/screens/inburgering.duo-registraties", "inburgering.duo-registratie"))[0];
        _routeValues["overdrachtId"] = await KetenSteps.PrepareOverdrachtAsync(consulent, dossierId, "0518", today.AddDays(-1));
        _routeValues["overdrachtBestandId"] = await KetenSteps.ExportOverdrachtAsync(consulent, dossierId, "0518");

        using var beheerder = await HostSession.LogInAsync(_server, $"demo-{Gemeente}-{HostRoles.FunctioneelBeheerder}");
        _routeValues["abonnementId"] = await KetenSteps.AddAbonnementAsync(beheerder, _webhooks.Url);
    }

    /// <summary>
    /// Returns the record id of a screen or download of the chain of a move, or <see langword="null"/> for another
    /// one. The overdracht file's screen opens with the dossier id, but its download with the file's id.
    /// </summary>
    private string? KetenRecordIdFor(EntryPoint entryPoint) => (entryPoint.Kind, entryPoint.Path) switch
    {
        (EntryPointKind.Download, "inburgering.overdracht-bestand") => _routeValues["overdrachtBestandId"],
        (EntryPointKind.Screen, "inburgering.coa" or "inburgering.overdracht-bestand") => _routeValues["dossierId"],
        (EntryPointKind.Screen, "inburgering.overdracht") => _routeValues["overdrachtId"],
        (EntryPointKind.Screen, "inburgering.duo-registratie") => _routeValues["duoRegistratieId"],
        (EntryPointKind.Screen, "inburgering.abonnement") => _routeValues["abonnementId"],
        _ => null,
    };
}
