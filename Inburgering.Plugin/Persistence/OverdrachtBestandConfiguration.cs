using Inburgering.Plugin.Overdracht.Bestand;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>overdracht_bestanden</c> table: signed package files waiting to be downloaded, for one hour.</summary>
internal sealed class OverdrachtBestandConfiguration : IEntityTypeConfiguration<OverdrachtBestand>
{
    public void Configure(EntityTypeBuilder<OverdrachtBestand> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("overdracht_bestanden");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Gemeente).HasMaxLength(4);
        builder.Property(b => b.OntvangendeGemeente).HasMaxLength(4);
        builder.Property(b => b.AangemaaktDoor).HasMaxLength(200);

        builder.HasIndex(b => new { b.Gemeente, b.DossierId });
        builder.HasIndex(b => new { b.Gemeente, b.VerlooptOp });
    }
}
