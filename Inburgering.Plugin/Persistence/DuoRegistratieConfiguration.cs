using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoPortaal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>duo_registraties</c> table: the worklist of facts to register in DUO's Portaal Inburgering.</summary>
internal sealed class DuoRegistratieConfiguration : IEntityTypeConfiguration<DuoRegistratie>
{
    public void Configure(EntityTypeBuilder<DuoRegistratie> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("duo_registraties");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Gemeente).HasMaxLength(4);
        builder.Property(r => r.Soort).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Feitversie).HasMaxLength(64);
        builder.Property(r => r.Resultaat).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Leerroute).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Niveau).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.PipSoort).HasConversion<string>().HasMaxLength(32);

        // The status is the concurrency token: an item is marked done only once, even by two users at a time.
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(r => r.GeregistreerdDoor).HasMaxLength(100);
        builder.Property(r => r.Toelichting).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);

        // One item per fact: reporting the same fact again, even from two saves at once, adds nothing.
        builder.HasIndex(r => new { r.Gemeente, r.DossierId, r.Soort, r.Feitversie }).IsUnique();
        builder.HasIndex(r => new { r.Gemeente, r.Status, r.Datum });
    }
}
