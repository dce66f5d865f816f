using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>voortgangsmeldingen</c> table: the delivered rows of attendance and progress, per aanmelding and period.</summary>
internal sealed class VoortgangsmeldingConfiguration : IEntityTypeConfiguration<Voortgangsmelding>
{
    public void Configure(EntityTypeBuilder<Voortgangsmelding> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("voortgangsmeldingen");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Gemeente).HasMaxLength(4);
        builder.Property(m => m.Onderdeel).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.TrajectReferentie).HasMaxLength(50);
        builder.Property(m => m.UrenAangeboden).HasPrecision(7, 2);
        builder.Property(m => m.UrenGevolgdFysiek).HasPrecision(7, 2);
        builder.Property(m => m.UrenGevolgdOnline).HasPrecision(7, 2);
        builder.Property(m => m.UrenGeoorloofdVerzuim).HasPrecision(7, 2);
        builder.Property(m => m.UrenOngeoorloofdVerzuim).HasPrecision(7, 2);
        builder.Property(m => m.NiveauLezen).HasConversion<string>().HasMaxLength(2);
        builder.Property(m => m.NiveauLuisteren).HasConversion<string>().HasMaxLength(2);
        builder.Property(m => m.NiveauSpreken).HasConversion<string>().HasMaxLength(2);
        builder.Property(m => m.NiveauSchrijven).HasConversion<string>().HasMaxLength(2);
        builder.Property(m => m.ExamenOnderdeel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ExamenResultaat).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Uitvalreden).HasMaxLength(200);
        builder.Property(m => m.Opmerking).HasMaxLength(500);
        builder.HasOne<Levering>().WithMany().HasForeignKey(m => m.LeveringId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Aanmelding>().WithMany().HasForeignKey(m => m.AanmeldingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(m => m.DossierId).OnDelete(DeleteBehavior.Cascade);

        // Each index starts with a foreign key, so it also serves that key's checks and cascades. The ids are unique across
        // gemeenten, so the gemeente that row-level security adds is a filter on few rows, not an index column. Every
        // delivery writes into all of them, so there are no more than the reads need.
        builder.HasIndex(m => new { m.AanmeldingId, m.PeriodeVan });
        builder.HasIndex(m => new { m.DossierId, m.PeriodeTot });
        builder.HasIndex(m => m.LeveringId);

        // The absence check of every delivery looks up the rows that replaced others; few rows have one.
        builder.HasIndex(m => m.VervangenDoorId).HasFilter("vervangen_door_id IS NOT NULL");
    }
}
