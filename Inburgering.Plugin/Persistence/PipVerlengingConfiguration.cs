using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Pip;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>pip_verlengingen</c> table: at most one extension of the PIP deadline per dossier.</summary>
internal sealed class PipVerlengingConfiguration : IEntityTypeConfiguration<PipVerlenging>
{
    public void Configure(EntityTypeBuilder<PipVerlenging> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("pip_verlengingen");
        builder.HasKey(v => v.DossierId);
        builder.Property(v => v.DossierId).ValueGeneratedNever();
        builder.Property(v => v.Gemeente).HasMaxLength(4);
        builder.Property(v => v.Derde).HasMaxLength(PipFields.NameMaxLength);
        builder.Property(v => v.GewijzigdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithOne().HasForeignKey<PipVerlenging>(v => v.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => v.Gemeente);
    }
}
