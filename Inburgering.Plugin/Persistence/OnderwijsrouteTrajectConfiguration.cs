using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Plugin.Persistence;

/// <summary>The <c>onderwijsroute_trajecten</c> table: the taalschakeltraject per dossier.</summary>
internal sealed class OnderwijsrouteTrajectConfiguration : IEntityTypeConfiguration<OnderwijsrouteTraject>
{
    public void Configure(EntityTypeBuilder<OnderwijsrouteTraject> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("onderwijsroute_trajecten");
        builder.HasKey(o => o.DossierId);
        builder.Property(o => o.DossierId).ValueGeneratedNever();
        builder.Property(o => o.Gemeente).HasMaxLength(4);
        builder.Property(o => o.Instelling).HasMaxLength(200);
        builder.Property(o => o.Opleiding).HasMaxLength(200);
        builder.HasOne<Dossier>().WithOne().HasForeignKey<OnderwijsrouteTraject>(o => o.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
