using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>leveringen</c> table: deliveries of attendance and progress, unique per aanbieder and reference.</summary>
internal sealed class LeveringConfiguration : IEntityTypeConfiguration<Levering>
{
    public void Configure(EntityTypeBuilder<Levering> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("leveringen");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Gemeente).HasMaxLength(4);
        builder.Property(l => l.Kanaal).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Referentie).HasMaxLength(100);
        builder.Property(l => l.Inhoudshash).HasMaxLength(64);
        builder.Property(l => l.Modus).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Bestandsnaam).HasMaxLength(255);
        builder.Property(l => l.OntvangenDoor).HasMaxLength(100);
        builder.HasOne<Aanbieder>().WithMany().HasForeignKey(l => l.AanbiederId).OnDelete(DeleteBehavior.Restrict);

        // A refused delivery stored nothing but its report, so the aanbieder may send the corrected file under the same reference.
        builder.HasIndex(l => new { l.Gemeente, l.AanbiederId, l.Referentie }).IsUnique().HasFilter("status <> 'Geweigerd'");
        builder.HasIndex(l => new { l.Gemeente, l.OntvangenOp });

        // An aanbieder's deliveries page by (ontvangen_op, id), newest first.
        builder.HasIndex(l => new { l.Gemeente, l.AanbiederId, l.OntvangenOp, l.Id });
    }
}
