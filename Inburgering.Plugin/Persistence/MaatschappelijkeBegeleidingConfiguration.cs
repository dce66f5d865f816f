using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>maatschappelijke_begeleidingen</c> table: at most one maatschappelijke begeleiding per dossier.</summary>
internal sealed class MaatschappelijkeBegeleidingConfiguration : IEntityTypeConfiguration<MaatschappelijkeBegeleiding>
{
    public void Configure(EntityTypeBuilder<MaatschappelijkeBegeleiding> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("maatschappelijke_begeleidingen");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Gemeente).HasMaxLength(4);
        builder.Property(b => b.Organisatie).HasMaxLength(200);
        builder.Property(b => b.Contactpersoon).HasMaxLength(200);
        builder.Property(b => b.Notities).HasMaxLength(BegeleidingFields.NotesMaxLength);
        builder.Property(b => b.GewijzigdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(b => b.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.Gemeente, b.DossierId }).IsUnique();
    }
}
