using Inburgering.Plugin.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>dossier_status_wijzigingen</c> table: the lifecycle history of every dossier.</summary>
internal sealed class DossierStatusWijzigingConfiguration : IEntityTypeConfiguration<DossierStatusWijziging>
{
    public void Configure(EntityTypeBuilder<DossierStatusWijziging> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("dossier_status_wijzigingen");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Gemeente).HasMaxLength(4);
        builder.Property(w => w.VorigeStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.NieuweStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Door).HasMaxLength(100);
        builder.Property(w => w.Reden).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(w => w.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.Gemeente, w.DossierId, w.Op });
    }
}
