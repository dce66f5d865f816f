using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>coa_informatie</c> table: at most one current COA informatieformulier per dossier.</summary>
internal sealed class CoaInformatieConfiguration : IEntityTypeConfiguration<CoaInformatie>
{
    public void Configure(EntityTypeBuilder<CoaInformatie> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("coa_informatie");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Gemeente).HasMaxLength(4);
        builder.Property(c => c.GewijzigdDoor).HasMaxLength(100);
        builder.Property(c => c.Bron).HasConversion<string>().HasMaxLength(16);
        ConfigureFormulier(builder);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.Gemeente, c.DossierId }).IsUnique();
        builder.HasIndex(c => new { c.Gemeente, c.GewijzigdOp, c.Id });
    }

    /// <summary>Sets the lengths and conversions of the form's columns, which the version table shares.</summary>
    internal static void ConfigureFormulier<T>(EntityTypeBuilder<T> builder)
        where T : CoaFormulierKolommen
    {
        builder.Property(c => c.RegievoerderNaam).HasMaxLength(CoaFields.NaamMaxLength);
        builder.Property(c => c.RegievoerderTelefoon).HasMaxLength(CoaFields.TelefoonMaxLength);
        builder.Property(c => c.RegievoerderEmail).HasMaxLength(CoaFields.EmailMaxLength);
        builder.Property(c => c.AzcNaam).HasMaxLength(CoaFields.NaamMaxLength);
        builder.Property(c => c.AzcAdres).HasMaxLength(CoaFields.AdresMaxLength);
        builder.Property(c => c.AzcTelefoon).HasMaxLength(CoaFields.TelefoonMaxLength);
        builder.Property(c => c.AzcEmail).HasMaxLength(CoaFields.EmailMaxLength);
        builder.Property(c => c.DigidAangevraagd).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.RijbewijsUitgifteStaat).HasMaxLength(CoaFields.StaatMaxLength);
        builder.Property(c => c.StartScenario).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Bijzonderheden).HasMaxLength(CoaFields.BijzonderhedenMaxLength);
    }
}
