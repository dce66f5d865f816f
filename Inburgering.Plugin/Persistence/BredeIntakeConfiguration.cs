using Inburgering.Plugin.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using BredeIntakeEntity = Inburgering.Plugin.BredeIntake.BredeIntake;
using IntakeOnderdelen = Inburgering.Plugin.BredeIntake.IntakeOnderdelen;

namespace Inburgering.Plugin.Persistence;

/// <summary>
/// The <c>brede_intakes</c> table: one row per dossier, keyed by the dossier id. Health has its own columns
/// (<c>gezondheid_*</c>), so access to them can be limited and audited apart from the rest.
/// </summary>
internal sealed class BredeIntakeConfiguration : IEntityTypeConfiguration<BredeIntakeEntity>
{
    public void Configure(EntityTypeBuilder<BredeIntakeEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("brede_intakes");
        builder.HasKey(i => i.DossierId);
        builder.Property(i => i.DossierId).ValueGeneratedNever();
        builder.Property(i => i.Gemeente).HasMaxLength(4);

        builder.Property(i => i.Zelfredzaamheid).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.ZelfredzaamheidToelichting).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.NiveauNederlands).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.LeerbaarheidstoetsAfname).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.OpleidingHerkomstland).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.WerkervaringHerkomstland).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.GezondheidLichamelijk).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.GezondheidPsychisch).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.GezondheidNietBesprokenReden).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.Gezinssituatie).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.SociaalNetwerk).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.VveToelichting).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.Werknemersvaardigheden).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.Werkervaring).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.PraktischeCompetenties).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.DigitaleVaardigheden).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.DigitaleVaardighedenToelichting).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.Ontwikkelwensen).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.TolkTaal).HasMaxLength(100);
        builder.Property(i => i.GekozenLeerroute).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Afwijkingsreden).HasMaxLength(IntakeOnderdelen.TekstMaxLength);
        builder.Property(i => i.AfgerondDoor).HasMaxLength(100);
        builder.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();

        builder.HasOne<Dossier>().WithOne().HasForeignKey<BredeIntakeEntity>(i => i.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.Gemeente, i.AfgerondOp });
    }
}
