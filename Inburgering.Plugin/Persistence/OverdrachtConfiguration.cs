using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>
/// The <c>overdrachten</c> table: the mailbox of warme overdrachten between gemeenten. It has no foreign key to the
/// sender's dossier, because the receiver may not see that dossier.
/// </summary>
internal sealed class OverdrachtConfiguration : IEntityTypeConfiguration<Overdracht.Overdracht>
{
    /// <summary>The longest reason of a refusal, a withdrawal or the health details, in characters.</summary>
    public const int RedenMaxLength = 1000;

    public void Configure(EntityTypeBuilder<Overdracht.Overdracht> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("overdrachten");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.AfzenderGemeente).HasMaxLength(4);
        builder.Property(o => o.OntvangerGemeente).HasMaxLength(4);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.GezondheidReden).HasMaxLength(RedenMaxLength);
        builder.Property(o => o.Reden).HasMaxLength(RedenMaxLength);
        builder.Property(o => o.VoorbereidDoor).HasMaxLength(100);
        builder.Property(o => o.VerzondenDoor).HasMaxLength(100);
        builder.Property(o => o.AfgehandeldDoor).HasMaxLength(100);
        builder.Property(o => o.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(o => o.PakketId).IsUnique();
        builder.HasIndex(o => new { o.AfzenderGemeente, o.AfzenderDossierId });
        builder.HasIndex(o => new { o.OntvangerGemeente, o.Status });
    }
}
