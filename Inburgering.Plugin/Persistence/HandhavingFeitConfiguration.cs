using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Handhaving;
using Inburgering.Plugin.Termijn;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>handhaving_feiten</c> table: the facts recorded for handhaving.</summary>
internal sealed class HandhavingFeitConfiguration : IEntityTypeConfiguration<HandhavingFeit>
{
    public void Configure(EntityTypeBuilder<HandhavingFeit> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("handhaving_feiten");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Gemeente).HasMaxLength(4);
        builder.Property(f => f.Soort).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.Verplichting).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.Omschrijving).HasMaxLength(TermijnFields.ToelichtingMaxLength);
        builder.Property(f => f.GeregistreerdDoor).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.Gemeente, f.DossierId });
    }
}
