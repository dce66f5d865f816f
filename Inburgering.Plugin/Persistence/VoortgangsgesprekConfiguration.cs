using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>voortgangsgesprekken</c> table: the planned and held progress meetings per dossier.</summary>
internal sealed class VoortgangsgesprekConfiguration : IEntityTypeConfiguration<Voortgangsgesprek>
{
    public void Configure(EntityTypeBuilder<Voortgangsgesprek> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("voortgangsgesprekken");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Gemeente).HasMaxLength(4);
        builder.Property(g => g.Notities).HasMaxLength(BegeleidingFields.NotesMaxLength);
        builder.Property(g => g.Afspraken).HasMaxLength(BegeleidingFields.NotesMaxLength);
        builder.Property(g => g.GewijzigdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(g => g.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.Gemeente, g.DossierId });
    }
}
