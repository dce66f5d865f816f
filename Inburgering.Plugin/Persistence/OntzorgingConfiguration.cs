using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>ontzorgingen</c> table: at most one ontzorgen per dossier.</summary>
internal sealed class OntzorgingConfiguration : IEntityTypeConfiguration<Ontzorging>
{
    public void Configure(EntityTypeBuilder<Ontzorging> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("ontzorgingen");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Gemeente).HasMaxLength(4);
        builder.Property(o => o.AfwijkingReden).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.PrimitiveCollection(o => o.VasteLasten).ElementType(element => element.HasConversion<string>().HasMaxLength(32));
        builder.Property(o => o.WeigeringToelichting).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.Property(o => o.GewijzigdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(o => o.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.Gemeente, o.DossierId }).IsUnique();
    }
}
