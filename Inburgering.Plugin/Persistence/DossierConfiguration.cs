using Inburgering.Plugin.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>dossiers</c> table; the provider contexts add the schema or the table name prefix.</summary>
internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("dossiers", table => table.HasCheckConstraint(
            "ck_dossiers_bsn_or_v_nummer", "\"bsn\" IS NOT NULL OR \"v_nummer\" IS NOT NULL OR \"geanonimiseerd_op\" IS NOT NULL"));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();

        builder.Property(d => d.Gemeente).HasMaxLength(4);
        builder.Property(d => d.Bsn).HasMaxLength(9);
        builder.Property(d => d.VNummer).HasMaxLength(10);
        builder.Property(d => d.ClientId).HasMaxLength(100);
        builder.Property(d => d.Doelgroep).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.WetRegime).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.DagtekeningEerstePip);

        builder.Property(d => d.Naam).HasMaxLength(400);
        builder.Property(d => d.Voornamen).HasMaxLength(200);
        builder.Property(d => d.Voorvoegsel).HasMaxLength(10);
        builder.Property(d => d.Geslachtsnaam).HasMaxLength(200);
        builder.Property(d => d.Geboortedatum).HasMaxLength(8);
        builder.Property(d => d.AdresRegel1).HasMaxLength(200);
        builder.Property(d => d.AdresRegel2).HasMaxLength(200);
        builder.PrimitiveCollection(d => d.Nationaliteiten);
        builder.Property(d => d.GemeenteVanInschrijving).HasMaxLength(4);
        builder.Property(d => d.DatumInschrijvingGemeente).HasMaxLength(8);
        builder.Property(d => d.GeregistreerdDoor).HasMaxLength(100);
        builder.Property(d => d.AfsluitReden).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.BeperkingReden).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.Property(d => d.BeperktDoor).HasMaxLength(100);
        builder.Property(d => d.BeperkingOpgehevenReden).HasMaxLength(DossierFields.ReasonMaxLength);
        builder.Property(d => d.BeperkingOpgehevenDoor).HasMaxLength(100);
        builder.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();

        // One dossier per person per gemeente. The filters leave out rows without that number, and their SQL uses the
        // snake_case column names that InburgeringDbContext assigns.
        builder.HasIndex(d => new { d.Gemeente, d.Bsn }).IsUnique().HasFilter("\"bsn\" IS NOT NULL");
        builder.HasIndex(d => new { d.Gemeente, d.VNummer }).IsUnique().HasFilter("\"v_nummer\" IS NOT NULL");
        builder.HasIndex(d => new { d.Gemeente, d.ClientId });

        // The dossier list pages by (geregistreerd_op, id), both descending, with or without a status filter.
        builder.HasIndex(d => new { d.Gemeente, d.GeregistreerdOp, d.Id });
        builder.HasIndex(d => new { d.Gemeente, d.Status, d.GeregistreerdOp, d.Id });
        builder.HasIndex(d => new { d.Gemeente, d.Status, d.AfgeslotenOp });
    }
}
