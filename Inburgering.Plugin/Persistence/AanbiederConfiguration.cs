using Inburgering.Plugin.Aanbieders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>aanbieders</c> table: the organisations a gemeente buys courses from.</summary>
internal sealed class AanbiederConfiguration : IEntityTypeConfiguration<Aanbieder>
{
    public void Configure(EntityTypeBuilder<Aanbieder> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("aanbieders");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Gemeente).HasMaxLength(4);
        builder.Property(a => a.Naam).HasMaxLength(200);
        builder.Property(a => a.KvkNummer).HasMaxLength(8);
        builder.Property(a => a.Vestigingsnummer).HasMaxLength(12);
        builder.Property(a => a.GeregistreerdDoor).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.Gemeente, a.KvkNummer, a.Vestigingsnummer }).IsUnique();

        // A unique index treats every empty vestigingsnummer as distinct, so this one allows one whole organisation per KvK number.
        builder.HasIndex(a => new { a.Gemeente, a.KvkNummer }).IsUnique().HasFilter("vestigingsnummer IS NULL").HasDatabaseName("ix_aanbieders_gemeente_kvk_nummer_zonder_vestiging");
    }
}
