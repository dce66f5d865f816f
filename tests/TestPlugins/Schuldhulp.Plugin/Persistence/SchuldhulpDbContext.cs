using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Schuldhulp.Plugin.Aanmeldingen;

namespace Schuldhulp.Plugin.Persistence;

/// <summary>
/// The plugin's table. Every query returns only the rows of the current gemeente, and none outside a gemeente.
/// One subclass per database provider carries that provider's table names and migrations.
/// </summary>
internal abstract class SchuldhulpDbContext : DbContext
{
    private readonly ITenantContext _tenant;

    protected SchuldhulpDbContext(DbContextOptions options, ITenantContext tenant)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(tenant);

        _tenant = tenant;
    }

    public DbSet<Aanmelding> Aanmeldingen => Set<Aanmelding>();

    /// <summary>The gemeentecode the query filter compares with; EF Core reads it on every query as a parameter.</summary>
    internal string? CurrentGemeente => _tenant.Current?.Value;

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RejectRowsOfOtherGemeenten();

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RejectRowsOfOtherGemeenten();

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Aanmelding>(aanmelding =>
        {
            aanmelding.HasKey(a => a.Id);
            aanmelding.Property(a => a.Id).HasColumnName("id");
            aanmelding.Property(a => a.Gemeente).HasColumnName("gemeente").HasMaxLength(4).IsFixedLength();
            aanmelding.Property(a => a.ClientId).HasColumnName("client_id").HasMaxLength(100);
            aanmelding.Property(a => a.Aanmelddatum).HasColumnName("aanmelddatum");
            aanmelding.Property(a => a.GeregistreerdOp).HasColumnName("geregistreerd_op");
            aanmelding.Property(a => a.GeregistreerdDoor).HasColumnName("geregistreerd_door").HasMaxLength(100);
            aanmelding.HasIndex(a => new { a.Gemeente, a.ClientId }).IsUnique();
            aanmelding.HasQueryFilter(a => CurrentGemeente != null && a.Gemeente == CurrentGemeente);
        });
    }

    /// <summary>Rejects a new row outside the current gemeente, because the query filter would hide it from its own gemeente.</summary>
    private void RejectRowsOfOtherGemeenten()
    {
        foreach (var entry in ChangeTracker.Entries<Aanmelding>().Where(e => e.State == EntityState.Added))
        {
            if (entry.Entity.Gemeente != CurrentGemeente)
            {
                throw new InvalidOperationException(
                    $"Aanmelding {entry.Entity.Id} belongs to gemeente {entry.Entity.Gemeente}, but the current gemeente is {CurrentGemeente ?? "none"}.");
            }
        }
    }
}
