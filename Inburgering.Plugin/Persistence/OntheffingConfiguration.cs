using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Termijn;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>ontheffingen</c> table: DUO's decisions on ontheffing and vrijstelling.</summary>
internal sealed class OntheffingConfiguration : IEntityTypeConfiguration<Ontheffing>
{
    public void Configure(EntityTypeBuilder<Ontheffing> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("ontheffingen");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Gemeente).HasMaxLength(4);
        builder.Property(o => o.Soort).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Grond).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Toelichting).HasMaxLength(TermijnFields.ToelichtingMaxLength);
        builder.Property(o => o.GeregistreerdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(o => o.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.Gemeente, o.DossierId });
    }
}
