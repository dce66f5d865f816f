using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>coa_informatie_versies</c> table: every version of the COA information of a dossier, numbered from 1.</summary>
internal sealed class CoaInformatieVersieConfiguration : IEntityTypeConfiguration<CoaInformatieVersie>
{
    public void Configure(EntityTypeBuilder<CoaInformatieVersie> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("coa_informatie_versies");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Gemeente).HasMaxLength(4);
        builder.Property(v => v.GewijzigdDoor).HasMaxLength(100);
        builder.Property(v => v.Bron).HasConversion<string>().HasMaxLength(16);
        CoaInformatieConfiguration.ConfigureFormulier(builder);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(v => v.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.Gemeente, v.DossierId, v.Versie }).IsUnique();
    }
}
