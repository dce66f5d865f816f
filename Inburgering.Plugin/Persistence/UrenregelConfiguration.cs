using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>urenregels</c> table: hours per dossier, kind and period.</summary>
internal sealed class UrenregelConfiguration : IEntityTypeConfiguration<Urenregel>
{
    public void Configure(EntityTypeBuilder<Urenregel> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("urenregels");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Gemeente).HasMaxLength(4);
        builder.Property(r => r.Soort).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Uren).HasPrecision(7, 2);
        builder.Property(r => r.Aanbieder).HasMaxLength(200);
        builder.Property(r => r.GeregistreerdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);

        // Starts with the foreign key, so it also serves the cascade from dossiers; see VoortgangsmeldingConfiguration.
        builder.HasIndex(r => new { r.DossierId, r.PeriodeTot, r.Id });
        builder.HasIndex(r => r.VoortgangsmeldingId);
    }
}
