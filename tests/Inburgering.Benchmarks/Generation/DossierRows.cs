using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Pip;

namespace Inburgering.Benchmarks.Generation;

/// <summary>The rows of the plugin's dossier tables for one gemeente, made from the plans.</summary>
internal static class DossierRows
{
    public static IEnumerable<Dossier> Dossiers(GeneratedData data, string gemeente) =>
        data.Dossiers[gemeente].Select(plan => plan.Dossier);

    public static IEnumerable<DossierStatusWijziging> Wijzigingen(GeneratedData data, string gemeente) =>
        data.Dossiers[gemeente].SelectMany(plan => plan.Wijzigingen);

    /// <summary>The first PIP of every dossier that has one: vastgesteld on the dagtekening that started the termijn.</summary>
    public static IEnumerable<PipVersie> PipVersies(GeneratedData data, string gemeente)
    {
        foreach (var plan in data.Dossiers[gemeente])
        {
            if (plan.Dossier.DagtekeningEerstePip is not { } dagtekening || plan.Leerroute is not { } leerroute)
            {
                continue;
            }

            var random = DeterministicIds.For(data.Options.Seed, plan.Index, stream: 5);
            var opgesteld = new DateTimeOffset(dagtekening.AddDays(-7).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            var versie = new PipVersie
            {
                Id = DeterministicIds.Next(random),
                DossierId = plan.Dossier.Id,
                Gemeente = gemeente,
                Versienummer = 1,
                Soort = PipSoort.Eerste,
                OpgesteldOp = opgesteld,
                OpgesteldDoor = DossierPlanner.ActorId,
            };
            versie.VulIn(new PipInhoud
            {
                Leerroute = leerroute,
                Niveau = leerroute == Plugin.Leerroutes.Leerroute.ZRoute ? PipNiveau.A1 : PipNiveau.B1,
            });
            versie.StelVast(dagtekening, DossierPlanner.ActorId, opgesteld.AddDays(7));
            yield return versie;
        }
    }

    public static IEnumerable<Aanmelding> Aanmeldingen(GeneratedData data, string gemeente) =>
        data.Dossiers[gemeente].SelectMany(plan => plan.Aanmeldingen.Select(aanmelding => new Aanmelding
        {
            Id = aanmelding.Id,
            DossierId = plan.Dossier.Id,
            AanbiederId = aanmelding.AanbiederId,
            Gemeente = gemeente,
            Onderdeel = aanmelding.Onderdeel,
            Startdatum = aanmelding.Startdatum,
            Einddatum = aanmelding.Einddatum,
            AangemeldOp = new DateTimeOffset(aanmelding.Startdatum.AddDays(-7).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
            AangemeldDoor = DossierPlanner.ActorId,
        }));
}
