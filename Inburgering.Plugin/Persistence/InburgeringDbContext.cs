using System.Linq.Expressions;
using System.Text;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Handhaving;
using Inburgering.Plugin.Termijn;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Persistence;

/// <summary>
/// The plugin's tables. Every query returns only the rows of the current gemeente, and none outside a gemeente.
/// One subclass per database provider carries that provider's table names and migrations.
/// </summary>
internal abstract class InburgeringDbContext : DbContext
{
    private readonly ITenantContext _tenant;

    protected InburgeringDbContext(DbContextOptions options, ITenantContext tenant)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(tenant);

        _tenant = tenant;
    }

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DossierStatusWijziging> StatusWijzigingen => Set<DossierStatusWijziging>();

    public DbSet<Urenregel> Urenregels => Set<Urenregel>();

    public DbSet<Ontzorging> Ontzorgingen => Set<Ontzorging>();

    public DbSet<MaatschappelijkeBegeleiding> MaatschappelijkeBegeleidingen => Set<MaatschappelijkeBegeleiding>();

    public DbSet<Voortgangsgesprek> Voortgangsgesprekken => Set<Voortgangsgesprek>();
    public DbSet<Verlenging> Verlengingen => Set<Verlenging>();

    public DbSet<GeenVerwijt> GeenVerwijten => Set<GeenVerwijt>();

    public DbSet<Ontheffing> Ontheffingen => Set<Ontheffing>();

    public DbSet<HandhavingFeit> HandhavingFeiten => Set<HandhavingFeit>();

    public DbSet<HandhavingBesluit> HandhavingBesluiten => Set<HandhavingBesluit>();
    public DbSet<BredeIntake.BredeIntake> BredeIntakes => Set<BredeIntake.BredeIntake>();
    public DbSet<DuoSignaal> DuoSignalen => Set<DuoSignaal>();

    public DbSet<DossierCorrectie> DossierCorrecties => Set<DossierCorrectie>();
    public DbSet<PipVersie> PipVersies => Set<PipVersie>();

    public DbSet<PipVerlenging> PipVerlengingen => Set<PipVerlenging>();
    public DbSet<KnmOnderdeel> KnmOnderdelen => Set<KnmOnderdeel>();

    public DbSet<PvtOnderdeel> PvtOnderdelen => Set<PvtOnderdeel>();

    public DbSet<MapOnderdeel> MapOnderdelen => Set<MapOnderdeel>();

    public DbSet<ZRouteEindgesprek> ZRouteEindgesprekken => Set<ZRouteEindgesprek>();

    public DbSet<OnderwijsrouteTraject> OnderwijsrouteTrajecten => Set<OnderwijsrouteTraject>();

    public DbSet<Examenresultaat> Examenresultaten => Set<Examenresultaat>();

    public DbSet<Aanbieder> Aanbieders => Set<Aanbieder>();

    public DbSet<Aanmelding> Aanmeldingen => Set<Aanmelding>();

    public DbSet<Levering> Leveringen => Set<Levering>();

    public DbSet<LeveringFout> LeveringFouten => Set<LeveringFout>();

    public DbSet<Voortgangsmelding> Voortgangsmeldingen => Set<Voortgangsmelding>();

    public DbSet<Melding> Meldingen => Set<Melding>();

    public DbSet<Abonnement> Abonnementen => Set<Abonnement>();

    public DbSet<MeldingAflevering> MeldingAfleveringen => Set<MeldingAflevering>();

    public DbSet<Overdracht.Overdracht> Overdrachten => Set<Overdracht.Overdracht>();

    public DbSet<OvergenomenPakket> OvergenomenPakketten => Set<OvergenomenPakket>();

    public DbSet<CoaInformatie> CoaInformatie => Set<CoaInformatie>();

    public DbSet<CoaInformatieVersie> CoaInformatieVersies => Set<CoaInformatieVersie>();

    public DbSet<DuoPortaal.DuoRegistratie> DuoRegistraties => Set<DuoPortaal.DuoRegistratie>();

    public DbSet<Verhuizing.Verhuizing> Verhuizingen => Set<Verhuizing.Verhuizing>();

    public DbSet<Overdracht.Bestand.OverdrachtBestand> OverdrachtBestanden => Set<Overdracht.Bestand.OverdrachtBestand>();

    /// <summary>
    /// The gemeentecode the query filters compare with. EF Core reads it on every query as a parameter,
    /// so one compiled model serves all gemeenten.
    /// </summary>
    internal string? CurrentGemeente => _tenant.Current?.Value;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampChangedDossiers();

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChangedDossiers();

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InburgeringDbContext).Assembly);

        FilterByGemeente(modelBuilder);
        modelBuilder.Entity<Overdracht.Overdracht>().HasQueryFilter(o =>
            CurrentGemeente != null && (o.AfzenderGemeente == CurrentGemeente || o.OntvangerGemeente == CurrentGemeente));
        UseSnakeCaseColumnNames(modelBuilder);
    }

    /// <summary>The tables of <see cref="IGemeenteOwned"/> entities, which get the row-level security policy on PostgreSQL.</summary>
    internal IEnumerable<string> GemeenteOwnedTables() =>
        Model.GetEntityTypes()
            .Where(entityType => typeof(IGemeenteOwned).IsAssignableFrom(entityType.ClrType))
            .Select(entityType => entityType.GetTableName()!)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Gives every <see cref="IGemeenteOwned"/> entity the filter on the current gemeente, and none outside one.</summary>
    private void FilterByGemeente(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IGemeenteOwned).IsAssignableFrom(e.ClrType)))
        {
            var row = Expression.Parameter(entityType.ClrType, "row");
            var gemeente = Expression.Property(Expression.Convert(row, typeof(IGemeenteOwned)), nameof(IGemeenteOwned.Gemeente));
            var current = Expression.Property(Expression.Constant(this), nameof(CurrentGemeente));
            var filter = Expression.AndAlso(
                Expression.NotEqual(current, Expression.Constant(null, typeof(string))),
                Expression.Equal(gemeente, current));
            entityType.SetQueryFilter(Expression.Lambda(filter, row));
        }
    }

    /// <summary>
    /// Gives every new or changed dossier and overdracht a new concurrency stamp, and refuses a new row outside the
    /// current gemeente, because the query filter would hide it from its own gemeente. An overdracht is added only by
    /// its sender.
    /// </summary>
    private void StampChangedDossiers()
    {
        foreach (var entry in ChangeTracker.Entries<IGemeenteOwned>().Where(e => e.State == EntityState.Added))
        {
            if (entry.Entity.Gemeente != CurrentGemeente)
            {
                throw new InvalidOperationException(
                    $"A {entry.Metadata.ClrType.Name} of gemeente {entry.Entity.Gemeente} cannot be added while the current gemeente is {CurrentGemeente ?? "none"}.");
            }
        }

        foreach (var entry in ChangeTracker.Entries<Overdracht.Overdracht>().Where(e => e.State == EntityState.Added))
        {
            if (entry.Entity.AfzenderGemeente != CurrentGemeente)
            {
                throw new InvalidOperationException(
                    $"An overdracht from gemeente {entry.Entity.AfzenderGemeente} cannot be added while the current gemeente is {CurrentGemeente ?? "none"}; only the sender adds one.");
            }
        }

        foreach (var entry in ChangeTracker.Entries<Overdracht.Overdracht>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            entry.Entity.ConcurrencyStamp = Guid.NewGuid();
        }

        foreach (var entry in ChangeTracker.Entries<Dossier>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }

    /// <summary>Names columns in snake_case (<c>adres_regel1</c>), which PostgreSQL users can type without quotes.</summary>
    private static void UseSnakeCaseColumnNames(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
