using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>duo_signalen</c> table: the gemeente's inbox of signals from DUO.</summary>
internal sealed class DuoSignaalConfiguration : IEntityTypeConfiguration<DuoSignaal>
{
    public void Configure(EntityTypeBuilder<DuoSignaal> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("duo_signalen", table => table.HasCheckConstraint(
            "ck_duo_signalen_bsn_or_v_nummer", "\"bsn\" IS NOT NULL OR \"v_nummer\" IS NOT NULL"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Gemeente).HasMaxLength(4);
        builder.Property(s => s.Soort).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Bsn).HasMaxLength(9);
        builder.Property(s => s.VNummer).HasMaxLength(10);
        builder.Property(s => s.Doelgroep).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.WetRegime).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Kenmerk).HasMaxLength(DuoSignaalSleutel.KenmerkMaxLength);
        builder.Property(s => s.Inhoudssleutel).HasMaxLength(DuoSignaalSleutel.Lengte);
        builder.Property(s => s.Toelichting).HasMaxLength(DossierFields.ReasonMaxLength);

        // The status is the concurrency token: a signal is processed or rejected only once, even by two users at a time.
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(s => s.AfwijsReden).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.Property(s => s.IngevoerdDoor).HasMaxLength(100);
        builder.Property(s => s.VerwerktDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(s => new { s.Gemeente, s.OntvangenOp });
        builder.HasIndex(s => new { s.Gemeente, s.Bsn, s.Kennisgevingsdatum });
        builder.HasIndex(s => new { s.Gemeente, s.VNummer, s.Kennisgevingsdatum });

        // These two indexes make a repeated entry or import of a signal fail, even when two saves run at the same time.
        // Both databases treat NULLs as distinct in a unique index, so signals without a kenmerk do not collide there.
        builder.HasIndex(s => new { s.Gemeente, s.Inhoudssleutel }).IsUnique();
        builder.HasIndex(s => new { s.Gemeente, s.Kenmerk }).IsUnique();
    }
}
