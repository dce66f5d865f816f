using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Verhuizing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>verhuizingen</c> table: detected moves of a dossier's person to another gemeente.</summary>
internal sealed class VerhuizingConfiguration : IEntityTypeConfiguration<Verhuizing.Verhuizing>
{
    public void Configure(EntityTypeBuilder<Verhuizing.Verhuizing> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("verhuizingen");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Gemeente).HasMaxLength(4);
        builder.Property(v => v.NieuweGemeente).HasMaxLength(4);
        builder.Property(v => v.Bron).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.AfgehandeldDoor).HasMaxLength(100);
        builder.Property(v => v.Reden).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.Ignore(v => v.IsOpen);
        builder.Ignore(v => v.TaakKey);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(v => v.DossierId).OnDelete(DeleteBehavior.Cascade);

        // At most one open Verhuizing per dossier, so two detections at the same moment record one.
        builder.HasIndex(v => v.DossierId)
            .IsUnique()
            .HasFilter($"status = '{nameof(VerhuizingStatus.Gesignaleerd)}'")
            .HasDatabaseName("ix_verhuizingen_open_per_dossier");
        builder.HasIndex(v => new { v.Gemeente, v.Status });
    }
}
