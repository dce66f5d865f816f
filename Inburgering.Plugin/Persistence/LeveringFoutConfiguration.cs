using Inburgering.Plugin.Leveringen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>levering_fouten</c> table: the rejected rows of a delivery, by line and column.</summary>
internal sealed class LeveringFoutConfiguration : IEntityTypeConfiguration<LeveringFout>
{
    public void Configure(EntityTypeBuilder<LeveringFout> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("levering_fouten");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Gemeente).HasMaxLength(4);
        builder.Property(f => f.Kolom).HasMaxLength(64);
        builder.Property(f => f.Waarde).HasMaxLength(100);
        builder.Property(f => f.Code).HasMaxLength(32);
        builder.Property(f => f.MeldingNl).HasMaxLength(500);
        builder.Property(f => f.MeldingEn).HasMaxLength(500);
        builder.HasOne<Levering>().WithMany().HasForeignKey(f => f.LeveringId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.Gemeente, f.LeveringId, f.Regelnummer });
    }
}
