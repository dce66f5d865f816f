using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>aanmeldingen</c> table: referrals of a dossier to an aanbieder for one onderdeel.</summary>
internal sealed class AanmeldingConfiguration : IEntityTypeConfiguration<Aanmelding>
{
    public void Configure(EntityTypeBuilder<Aanmelding> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("aanmeldingen");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Gemeente).HasMaxLength(4);
        builder.Property(a => a.Onderdeel).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.AangemeldDoor).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(a => a.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Aanbieder>().WithMany().HasForeignKey(a => a.AanbiederId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Gemeente, a.AanbiederId, a.DossierId });
        builder.HasIndex(a => new { a.Gemeente, a.DossierId });

        // The aanbieder screen and the API list page an aanbieder's aanmeldingen by (startdatum, id).
        builder.HasIndex(a => new { a.Gemeente, a.AanbiederId, a.Startdatum, a.Id });
    }
}
