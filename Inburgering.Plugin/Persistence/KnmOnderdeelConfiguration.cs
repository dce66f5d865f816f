using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>knm_onderdelen</c> table: the KNM status and exam per dossier.</summary>
internal sealed class KnmOnderdeelConfiguration : IEntityTypeConfiguration<KnmOnderdeel>
{
    public void Configure(EntityTypeBuilder<KnmOnderdeel> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("knm_onderdelen");
        builder.HasKey(o => o.DossierId);
        builder.Property(o => o.DossierId).ValueGeneratedNever();
        builder.Property(o => o.Gemeente).HasMaxLength(4);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Examenresultaat).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Dossier>().WithOne().HasForeignKey<KnmOnderdeel>(o => o.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
