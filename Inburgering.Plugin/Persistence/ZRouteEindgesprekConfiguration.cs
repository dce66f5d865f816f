using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>zroute_eindgesprekken</c> table: the final interview of the Z-route per dossier.</summary>
internal sealed class ZRouteEindgesprekConfiguration : IEntityTypeConfiguration<ZRouteEindgesprek>
{
    public void Configure(EntityTypeBuilder<ZRouteEindgesprek> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("zroute_eindgesprekken");
        builder.HasKey(o => o.DossierId);
        builder.Property(o => o.DossierId).ValueGeneratedNever();
        builder.Property(o => o.Gemeente).HasMaxLength(4);
        builder.Property(o => o.Resultaat).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Dossier>().WithOne().HasForeignKey<ZRouteEindgesprek>(o => o.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
