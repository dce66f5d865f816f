namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Processes one delivery from any channel, with the same checks for all: each row's form, the aanbieder, the referral,
/// rows repeated or overlapping, and a delivery that was already imported. It writes everything in one transaction,
/// records the processing per dossier, and updates the hours and tasks that follow from it.
/// </summary>
internal interface ILeveringVerwerker
{
    /// <summary>Processes the delivery for the current gemeente and user.</summary>
    /// <param name="invoer">The channel, the reference, the mode and the aanbieder.</param>
    /// <param name="regels">
    /// Reads the rows from the start. It is called once to check them and once more to import them, so a large file streams
    /// and is never held whole in memory.
    /// </param>
    /// <param name="cancellationToken">Cancels the processing; nothing is then written.</param>
    Task<LeveringUitkomst> VerwerkAsync(LeveringInvoer invoer, Func<IAsyncEnumerable<LeveringRegel>> regels, CancellationToken cancellationToken);
}

/// <summary>What a delivery is and how to treat its wrong rows.</summary>
/// <param name="Kanaal">The channel it came through.</param>
/// <param name="Referentie">The aanbieder's id of the delivery (levering_id, Idempotency-Key, or one the portal makes).</param>
/// <param name="Modus">Whether one wrong row rejects all, or the valid rows are imported.</param>
/// <param name="AanbiederId">
/// The aanbieder a consulent imports a file for; <see langword="null"/> when the user acts for the aanbieder itself
/// (portal, API, or an aanbieder's own upload), which <see cref="Host.Abstractions.ICurrentUser.Organisation"/> then names.
/// </param>
internal sealed record LeveringInvoer(LeveringKanaal Kanaal, string Referentie, LeveringModus Modus, Guid? AanbiederId)
{
    /// <summary>The uploaded file's name, or <see langword="null"/>.</summary>
    public string? Bestandsnaam { get; init; }

    /// <summary>
    /// The BSNs of the rows, when the caller has the rows in memory (the API), or <see langword="null"/>. When set, the
    /// check loads only these students' referrals and earlier rows instead of all of the aanbieder's. A row whose BSN is
    /// missing from the set then finds no referral.
    /// </summary>
    public IReadOnlySet<string>? Bsns { get; init; }
}

/// <summary>The outcome of <see cref="ILeveringVerwerker.VerwerkAsync"/>.</summary>
/// <param name="LeveringId">The stored delivery, or the earlier one when <see cref="Herhaald"/>; <see cref="Guid.Empty"/> when <see cref="Geweigerd"/> stored nothing.</param>
/// <param name="Status">Every row, the valid rows, or nothing imported.</param>
/// <param name="AantalRegels">The rows delivered.</param>
/// <param name="AantalVerwerkt">The rows imported.</param>
/// <param name="Fouten">What is wrong, per line and column; the first 1,000, the rest are in the stored report.</param>
internal sealed record LeveringUitkomst(Guid LeveringId, LeveringStatus Status, int AantalRegels, int AantalVerwerkt, IReadOnlyList<LeveringFoutmelding> Fouten)
{
    /// <summary>Whether the same delivery (same reference, same rows) was imported before; nothing was written now.</summary>
    public bool Herhaald { get; init; }

    /// <summary>
    /// Why the delivery as a whole was refused before any row was checked (for example a reference used before for
    /// other rows, or a user who acts for no known aanbieder), or <see langword="null"/>. Nothing was stored.
    /// </summary>
    public Host.Abstractions.LocalizedText? Geweigerd { get; init; }
}
