using Inburgering.Plugin.Meldingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>abonnementen</c> table: the webhook subscriptions of other municipal systems.</summary>
internal sealed class AbonnementConfiguration : IEntityTypeConfiguration<Abonnement>
{
    public void Configure(EntityTypeBuilder<Abonnement> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("abonnementen");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Gemeente).HasMaxLength(4);
        builder.Property(a => a.Naam).HasMaxLength(Abonnement.NaamMaxLength);
        builder.Property(a => a.Url).HasMaxLength(Abonnement.UrlMaxLength);
        builder.Property(a => a.Typen).HasMaxLength(1000);
        builder.Property(a => a.Geheim).HasMaxLength(100);
        builder.Property(a => a.AangemaaktDoor).HasMaxLength(100);
        builder.Property(a => a.Versie).IsConcurrencyToken();

        builder.HasIndex(a => new { a.Gemeente, a.Actief });
    }
}
