using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>map_onderdelen</c> table: the Module Arbeidsmarkt en Participatie per dossier.</summary>
internal sealed class MapOnderdeelConfiguration : IEntityTypeConfiguration<MapOnderdeel>
{
    public void Configure(EntityTypeBuilder<MapOnderdeel> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("map_onderdelen");
        builder.HasKey(o => o.DossierId);
        builder.Property(o => o.DossierId).ValueGeneratedNever();
        builder.Property(o => o.Gemeente).HasMaxLength(4);
        builder.Property(o => o.Resultaat).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.RedenNietSuccesvolVoltooid).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.HasOne<Dossier>().WithOne().HasForeignKey<MapOnderdeel>(o => o.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
