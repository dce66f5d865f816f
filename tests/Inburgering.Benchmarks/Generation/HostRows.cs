using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Termijn;
using SampleHost.Clients;
using SampleHost.Workflows;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// The host's rows for one gemeente: a client per person with a BSN, and the open tasks the deadline scan would have
/// made today for the rules "termijn eindigt binnen 6 maanden", "PIP binnen 14 dagen" and "PIP te laat".
/// </summary>
internal static class HostRows
{
    public static IEnumerable<Client> Clients(GeneratedData data, string gemeente) =>
        data.Dossiers[gemeente]
            .Where(plan => plan.ClientId is not null)
            .Select(plan => new Client
            {
                Id = plan.ClientId!.Value,
                Gemeente = gemeente,
                Bsn = plan.Dossier.Bsn!,
                Naam = plan.Dossier.Naam!,
                Geboortedatum = plan.Dossier.Geboortedatum,
                GeregistreerdOp = plan.Dossier.GeregistreerdOp,
                GeregistreerdDoor = DossierPlanner.ActorId,
            });

    /// <summary>The open tasks, computed from the same dates, keys and titles as the scan's rules.</summary>
    public static IEnumerable<WorkItemRecord> WorkItems(GeneratedData data, string gemeente)
    {
        var vandaag = data.Options.Vandaag;
        var aangemaakt = new DateTimeOffset(vandaag.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
        foreach (var plan in data.Dossiers[gemeente])
        {
            var dossier = plan.Dossier;
            if (dossier.Status.IsFinal() || dossier.AfgeslotenOp is not null || dossier.BeperktOp is not null)
            {
                continue;
            }

            var random = DeterministicIds.For(data.Options.Seed, plan.Index, stream: 6);
            if (dossier.Termijn is { } termijn)
            {
                var laatsteDag = termijn.LaatsteDagMet([]);
                if (dossier.Status != DossierStatus.Voldaan && vandaag >= TermijnEindigtRegel.EersteSignaaldag(laatsteDag) && vandaag <= laatsteDag)
                {
                    yield return Item(random, dossier, TermijnEindigtRegel.RegelKind, TermijnEindigtRegel.Titel, TermijnEindigtRegel.Titel,
                        TermijnEindigtRegel.Key(dossier.Id, laatsteDag), DossierOnderdelen.TermijnScreenId, laatsteDag, aangemaakt);
                }

                continue;
            }

            if (PipTermijn.Bepaal(dossier.DuoKennisgevingOp, dossier.BrpInschrijvingsdatum, verlenging: null).UitersteDatum is not { } uiterste)
            {
                continue;
            }

            if (vandaag > uiterste)
            {
                yield return Item(random, dossier, PipTeLaatRegel.TaskKind, PipTeLaatRegel.Naam, PipTeLaatRegel.Titel(uiterste),
                    PipTermijnBewaking.Key(PipTeLaatRegel.TaskKind, dossier.Id), DossierOnderdelen.PipScreenId, uiterste, aangemaakt);
            }
            else if (vandaag >= uiterste.AddDays(-PipBinnen14DagenRegel.DagenVooraf))
            {
                yield return Item(random, dossier, PipBinnen14DagenRegel.TaskKind, PipBinnen14DagenRegel.Naam, PipBinnen14DagenRegel.Titel(uiterste),
                    PipTermijnBewaking.Key(PipBinnen14DagenRegel.TaskKind, dossier.Id), DossierOnderdelen.PipScreenId, uiterste, aangemaakt);
            }
        }
    }

    private static WorkItemRecord Item(
        Random random, Dossier dossier, string kind, LocalizedText kindName, LocalizedText title, string key, string screenId, DateOnly due, DateTimeOffset createdAt) =>
        new()
        {
            Id = DeterministicIds.Next(random),
            Gemeente = dossier.Gemeente,
            Kind = kind,
            KindNl = kindName.Nl,
            KindEn = kindName.En,
            TaskKey = key,
            RecordId = dossier.Id.ToString(),
            RecordScreenId = screenId,
            TaskNl = title.Nl,
            TaskEn = title.En,
            DueDate = due,
            CreatedAt = createdAt,
            ConcurrencyStamp = DeterministicIds.Next(random),
        };
}
