using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Termijn;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>geen_verwijten</c> table: the facts that a person is not to blame for finishing after the termijn.</summary>
internal sealed class GeenVerwijtConfiguration : IEntityTypeConfiguration<GeenVerwijt>
{
    public void Configure(EntityTypeBuilder<GeenVerwijt> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("geen_verwijten");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Gemeente).HasMaxLength(4);
        builder.Property(g => g.Grond).HasConversion<string>().HasMaxLength(40);
        builder.Property(g => g.Toelichting).HasMaxLength(TermijnFields.ToelichtingMaxLength);
        builder.Property(g => g.GeregistreerdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(g => g.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.Gemeente, g.DossierId });
    }
}
