using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Pip;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>pip_versies</c> table: every concept and vastgesteld version of a dossier's PIP.</summary>
internal sealed class PipVersieConfiguration : IEntityTypeConfiguration<PipVersie>
{
    public void Configure(EntityTypeBuilder<PipVersie> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("pip_versies");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Gemeente).HasMaxLength(4);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Soort).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Leerroute).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.Niveau).HasConversion<string>().HasMaxLength(8);
        builder.Property(v => v.Wijzigingsreden).HasMaxLength(PipFields.TextMaxLength);
        builder.Property(v => v.VastgesteldDoor).HasMaxLength(100);
        builder.Property(v => v.OpgesteldDoor).HasMaxLength(100);
        builder.Property(v => v.Ondersteuning).HasMaxLength(PipFields.TextMaxLength);
        builder.Property(v => v.IntensiteitPvt).HasMaxLength(PipFields.TextMaxLength);
        builder.Property(v => v.IntensiteitMap).HasMaxLength(PipFields.TextMaxLength);
        builder.Property(v => v.Knm).HasMaxLength(PipFields.TextMaxLength);
        builder.Property(v => v.OntzorgenToelichting).HasMaxLength(PipFields.TextMaxLength);
        builder.Property(v => v.MaatschappelijkeBegeleidingToelichting).HasMaxLength(PipFields.TextMaxLength);
        builder.Property(v => v.Vve).HasMaxLength(PipFields.TextMaxLength);
        builder.Property(v => v.ContactpersoonNaam).HasMaxLength(PipFields.NameMaxLength);
        builder.Property(v => v.ContactpersoonEmail).HasMaxLength(PipFields.NameMaxLength);
        builder.Property(v => v.InzetToelichting).HasMaxLength(PipFields.TextMaxLength);
        builder.Property(v => v.Nt2UrenBijAfschalen).HasPrecision(7, 2);
        builder.Property(v => v.OvergenomenVan).HasMaxLength(4);
        builder.Ignore(v => v.Inhoud);
        builder.Ignore(v => v.IsVastgesteld);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(v => v.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.Gemeente, v.DossierId, v.Versienummer }).IsUnique();
    }
}
