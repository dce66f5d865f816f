using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Termijn;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>verlengingen</c> table: the extensions of each dossier's inburgeringstermijn, numbered in order.</summary>
internal sealed class VerlengingConfiguration : IEntityTypeConfiguration<Verlenging>
{
    public void Configure(EntityTypeBuilder<Verlenging> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("verlengingen");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Gemeente).HasMaxLength(4);
        builder.Property(v => v.Beslisser).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.BeslisserNaam).HasMaxLength(200);
        builder.Property(v => v.Grond).HasConversion<string>().HasMaxLength(40);
        builder.Property(v => v.Toelichting).HasMaxLength(TermijnFields.ToelichtingMaxLength);
        builder.Property(v => v.GeregistreerdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(v => v.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.Gemeente, v.DossierId, v.Volgnummer }).IsUnique();
    }
}
