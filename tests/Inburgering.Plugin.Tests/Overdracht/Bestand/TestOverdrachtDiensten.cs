using Host.Abstractions;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Tests.Overdracht.Bestand;

/// <summary>
/// A test-only package builder: the hand-built package of <see cref="TestPakketten"/> with the dossier's own id,
/// gemeente, BSN and doelgroep.
/// NOTE: replaces the real <see cref="IOverdrachtPakketten"/>, which lives in another branch; switch to it after the merge.
/// </summary>
internal sealed class TestOverdrachtPakketten(InburgeringDbContext db) : IOverdrachtPakketten
{
    public async Task<OverdrachtPakket?> BouwAsync(Guid dossierId, GemeenteCode ontvanger, string? gezondheidReden, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        return TestPakketten.Volledig() with
        {
            Id = Guid.NewGuid(),
            Afzender = new OverdrachtAfzender(dossier.Gemeente, dossier.Id),
            OntvangerGemeente = ontvanger.Value,
            Inburgeraar = new OverdrachtInburgeraar(dossier.Doelgroep.ToString(), dossier.WetRegime.ToString(), dossier.Koppeldatum) { Bsn = dossier.Bsn, VNummer = dossier.VNummer },
            Gezondheid = gezondheidReden is null ? null : new OverdrachtGezondheid(gezondheidReden),
        };
    }
}

/// <summary>
/// A test-only receiver that records each package and returns a new dossier id per package id, or the earlier one for a
/// package it took over before.
/// NOTE: replaces the real <see cref="IOverdrachtOntvangst"/>, which lives in another branch; switch to it after the merge.
/// </summary>
internal sealed class RecordingOverdrachtOntvangst : IOverdrachtOntvangst
{
    private readonly Dictionary<Guid, Guid> _dossiers = [];

    public List<OverdrachtPakket> Ontvangen { get; } = [];

    public Task<OverdrachtOntvangstResultaat> NeemOverAsync(OverdrachtPakket pakket, CancellationToken cancellationToken)
    {
        Ontvangen.Add(pakket);
        if (_dossiers.TryGetValue(pakket.Id, out var bestaand))
        {
            return Task.FromResult(new OverdrachtOntvangstResultaat(bestaand, [], AlOvergenomen: true));
        }

        var dossierId = Guid.NewGuid();
        _dossiers[pakket.Id] = dossierId;
        return Task.FromResult(new OverdrachtOntvangstResultaat(dossierId, [], AlOvergenomen: false));
    }
}
