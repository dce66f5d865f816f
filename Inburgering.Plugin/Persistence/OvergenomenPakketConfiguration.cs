using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Overdracht;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>overgenomen_pakketten</c> table: which package became which dossier, one row per package and gemeente.</summary>
internal sealed class OvergenomenPakketConfiguration : IEntityTypeConfiguration<OvergenomenPakket>
{
    public void Configure(EntityTypeBuilder<OvergenomenPakket> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("overgenomen_pakketten");
        builder.HasKey(p => new { p.Gemeente, p.PakketId });
        builder.Property(p => p.Gemeente).HasMaxLength(4);
        builder.Property(p => p.AfzenderGemeente).HasMaxLength(4);
        builder.Property(p => p.OvergenomenDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
