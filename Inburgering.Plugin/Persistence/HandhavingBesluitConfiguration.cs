using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Handhaving;
using Inburgering.Plugin.Termijn;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>handhaving_besluiten</c> table: the gemeente's decisions on fines.</summary>
internal sealed class HandhavingBesluitConfiguration : IEntityTypeConfiguration<HandhavingBesluit>
{
    public void Configure(EntityTypeBuilder<HandhavingBesluit> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("handhaving_besluiten");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Gemeente).HasMaxLength(4);
        builder.Property(b => b.Maatregel).HasConversion<string>().HasMaxLength(40);
        builder.Property(b => b.Uitkomst).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Bedrag).HasPrecision(7, 2);
        builder.Property(b => b.Reden).HasMaxLength(TermijnFields.ToelichtingMaxLength);
        builder.Property(b => b.GeregistreerdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(b => b.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.Gemeente, b.DossierId });
    }
}
