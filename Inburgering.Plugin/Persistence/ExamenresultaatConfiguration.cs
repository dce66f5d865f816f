using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>examenresultaten</c> table: the exam results per dossier.</summary>
internal sealed class ExamenresultaatConfiguration : IEntityTypeConfiguration<Examenresultaat>
{
    public void Configure(EntityTypeBuilder<Examenresultaat> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("examenresultaten");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Gemeente).HasMaxLength(4);
        builder.Property(r => r.Onderdeel).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Niveau).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.Resultaat).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Score).HasPrecision(7, 2);
        builder.Property(r => r.GeregistreerdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Gemeente, r.DossierId, r.Examendatum });
    }
}
