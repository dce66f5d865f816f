using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Levensloop;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>dossier_correcties</c> table: corrections of the wet regime and doelgroep of every dossier.</summary>
internal sealed class DossierCorrectieConfiguration : IEntityTypeConfiguration<DossierCorrectie>
{
    public void Configure(EntityTypeBuilder<DossierCorrectie> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("dossier_correcties");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Gemeente).HasMaxLength(4);
        builder.Property(c => c.Gegeven).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.OudeWaarde).HasMaxLength(32);
        builder.Property(c => c.NieuweWaarde).HasMaxLength(32);
        builder.Property(c => c.Reden).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.Property(c => c.Door).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DuoSignaal>().WithMany().HasForeignKey(c => c.DuoSignaalId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.Gemeente, c.DossierId, c.Op });
    }
}
