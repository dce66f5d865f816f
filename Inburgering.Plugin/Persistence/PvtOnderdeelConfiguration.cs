using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>pvt_onderdelen</c> table: the participatieverklaringstraject per dossier.</summary>
internal sealed class PvtOnderdeelConfiguration : IEntityTypeConfiguration<PvtOnderdeel>
{
    public void Configure(EntityTypeBuilder<PvtOnderdeel> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("pvt_onderdelen");
        builder.HasKey(o => o.DossierId);
        builder.Property(o => o.DossierId).ValueGeneratedNever();
        builder.Property(o => o.Gemeente).HasMaxLength(4);
        builder.Property(o => o.Resultaat).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.RedenNietVoldaan).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.HasOne<Dossier>().WithOne().HasForeignKey<PvtOnderdeel>(o => o.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
