using Inburgering.Plugin.Meldingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>meldingen</c> table: the outbox of notifications for other municipal systems.</summary>
internal sealed class MeldingConfiguration : IEntityTypeConfiguration<Melding>
{
    public void Configure(EntityTypeBuilder<Melding> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("meldingen");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Gemeente).HasMaxLength(4);
        builder.Property(m => m.Type).HasMaxLength(100);
        builder.Property(m => m.Subject).HasMaxLength(100);
        builder.Property(m => m.Data).HasMaxLength(4000);

        builder.HasIndex(m => new { m.Gemeente, m.Uitgewaaierd, m.Tijd });
    }
}
