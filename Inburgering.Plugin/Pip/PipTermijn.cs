using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The deadline for the first PIP: 10 weeks (70 days) after DUO's kennisgeving, or after the BRP registration in the
/// gemeente when that is later. While the gemeente waits for information from a
/// third party the deadline is open. Once the information arrives, the deadline ends at most 2 weeks (14 days) later,
/// but never before the original deadline.
/// </summary>
internal sealed record PipTermijn
{
    /// <summary>The days from the basis date to the deadline: 10 weeks.</summary>
    public const int Dagen = 70;

    /// <summary>The days after the information arrived within which an extended deadline ends: 2 weeks.</summary>
    public const int DagenNaOntvangst = 14;

    private PipTermijn()
    {
    }

    public PipTermijnStand Stand { get; private init; }

    /// <summary>Which date the deadline counts from, or <see langword="null"/> when it cannot be set yet.</summary>
    public PipTermijnBasis? Basis { get; private init; }

    /// <summary>The date the deadline counts from.</summary>
    public DateOnly? Basisdatum { get; private init; }

    /// <summary>The deadline before any extension.</summary>
    public DateOnly? OorspronkelijkeUitersteDatum { get; private init; }

    /// <summary>The last day to adopt the first PIP, or <see langword="null"/> when unknown or open while waiting.</summary>
    public DateOnly? UitersteDatum { get; private init; }

    /// <summary>The extension the deadline takes into account, or <see langword="null"/>.</summary>
    public PipVerlenging? Verlenging { get; private init; }

    /// <summary>Returns the deadline for a dossier with these dates and optional extension.</summary>
    public static PipTermijn Bepaal(DateOnly? duoKennisgevingOp, DateOnly? brpInschrijvingsdatum, PipVerlenging? verlenging)
    {
        if (duoKennisgevingOp is not { } duo)
        {
            return new PipTermijn { Stand = PipTermijnStand.NogNietTeBepalen };
        }

        var (basis, basisdatum) = brpInschrijvingsdatum is { } brp && brp > duo
            ? (PipTermijnBasis.BrpInschrijving, brp)
            : (PipTermijnBasis.DuoKennisgeving, duo);
        var oorspronkelijk = basisdatum.AddDays(Dagen);

        if (verlenging is null)
        {
            return new PipTermijn
            {
                Stand = PipTermijnStand.Lopend,
                Basis = basis,
                Basisdatum = basisdatum,
                OorspronkelijkeUitersteDatum = oorspronkelijk,
                UitersteDatum = oorspronkelijk,
            };
        }

        if (verlenging.InformatieOntvangenOp is not { } ontvangen)
        {
            return new PipTermijn
            {
                Stand = PipTermijnStand.VerlengdWachtOpInformatie,
                Basis = basis,
                Basisdatum = basisdatum,
                OorspronkelijkeUitersteDatum = oorspronkelijk,
                Verlenging = verlenging,
            };
        }

        var verlengd = ontvangen.AddDays(DagenNaOntvangst);
        return new PipTermijn
        {
            Stand = PipTermijnStand.Verlengd,
            Basis = basis,
            Basisdatum = basisdatum,
            OorspronkelijkeUitersteDatum = oorspronkelijk,
            UitersteDatum = verlengd > oorspronkelijk ? verlengd : oorspronkelijk,
            Verlenging = verlenging,
        };
    }

    /// <summary>Whether the deadline has passed on <paramref name="vandaag"/>; an open or unknown deadline has not.</summary>
    public bool IsVerstreken(DateOnly vandaag) => UitersteDatum is { } uiterste && vandaag > uiterste;

    /// <summary>
    /// Returns why an extension that starts on <paramref name="wachtSinds"/> is not allowed, or <see langword="null"/>:
    /// the deadline must be known, and the wait must start on or before the original deadline and not after today.
    /// </summary>
    public LocalizedText? ControleerVerlengingStart(DateOnly wachtSinds, DateOnly vandaag)
    {
        if (OorspronkelijkeUitersteDatum is not { } oorspronkelijk)
        {
            return new LocalizedText(
                "De uiterste datum is nog niet te bepalen, omdat de datum van de kennisgeving van DUO ontbreekt. Leg eerst die datum vast.",
                "The deadline cannot be set yet because the date of DUO's notification is missing. Record that date first.");
        }

        if (wachtSinds > vandaag)
        {
            return new LocalizedText(
                $"De datum waarop u om informatie vroeg ({Nl(wachtSinds)}) ligt in de toekomst. Kies vandaag ({Nl(vandaag)}) of een eerdere datum.",
                $"The date you asked for the information ({En(wachtSinds)}) is in the future. Choose today ({En(vandaag)}) or an earlier date.");
        }

        if (wachtSinds > oorspronkelijk)
        {
            return new LocalizedText(
                $"Verlengen kan alleen als u vóór het verstrijken van de termijn op informatie van een derde ging wachten. De termijn verstreek na {Nl(oorspronkelijk)}; u vroeg de informatie op {Nl(wachtSinds)}.",
                $"An extension is only possible when you started waiting for a third party's information before the deadline passed. The deadline passed after {En(oorspronkelijk)}; you asked for the information on {En(wachtSinds)}.");
        }

        if (Basisdatum is { } basisdatum && wachtSinds < basisdatum)
        {
            return new LocalizedText(
                $"De datum waarop u om informatie vroeg ({Nl(wachtSinds)}) ligt vóór de datum waarvan de termijn telt ({Nl(basisdatum)}). Kies een datum vanaf {Nl(basisdatum)}.",
                $"The date you asked for the information ({En(wachtSinds)}) is before the date the deadline counts from ({En(basisdatum)}). Choose a date from {En(basisdatum)}.");
        }

        return null;
    }

    /// <summary>
    /// Returns why the information cannot have arrived on <paramref name="ontvangenOp"/>, or <see langword="null"/>: it
    /// must arrive on or after the day the wait started and not after today.
    /// </summary>
    public static LocalizedText? ControleerOntvangst(PipVerlenging verlenging, DateOnly ontvangenOp, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(verlenging);

        if (ontvangenOp > vandaag)
        {
            return new LocalizedText(
                $"De datum van ontvangst ({Nl(ontvangenOp)}) ligt in de toekomst. Kies vandaag ({Nl(vandaag)}) of een eerdere datum.",
                $"The date of receipt ({En(ontvangenOp)}) is in the future. Choose today ({En(vandaag)}) or an earlier date.");
        }

        if (ontvangenOp < verlenging.WachtSinds)
        {
            return new LocalizedText(
                $"De informatie kan niet zijn ontvangen vóór de dag waarop u erom vroeg ({Nl(verlenging.WachtSinds)}). Kies een datum vanaf die dag.",
                $"The information cannot have arrived before the day you asked for it ({En(verlenging.WachtSinds)}). Choose a date from that day.");
        }

        return null;
    }

    internal static string Nl(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    internal static string En(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
