using Inburgering.Plugin.Meldingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>melding_afleveringen</c> table: one row per notification and subscription, with its attempts.</summary>
internal sealed class MeldingAfleveringConfiguration : IEntityTypeConfiguration<MeldingAflevering>
{
    public void Configure(EntityTypeBuilder<MeldingAflevering> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("melding_afleveringen");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Gemeente).HasMaxLength(4);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.LaatsteFout).HasMaxLength(MeldingenBezorgenJob.FoutMaxLength);
        builder.HasOne<Melding>().WithMany().HasForeignKey(a => a.MeldingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Abonnement>().WithMany().HasForeignKey(a => a.AbonnementId).OnDelete(DeleteBehavior.Cascade);

        // One delivery per notification and subscription, so a fan-out can never send an event twice by design.
        builder.HasIndex(a => new { a.MeldingId, a.AbonnementId }).IsUnique();
        builder.HasIndex(a => new { a.AbonnementId, a.Status, a.Tijd });
    }
}
