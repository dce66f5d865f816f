namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Publishes notifications for other municipal systems through the outbox. <see cref="Publiceer"/> only adds the
/// notification to the scope's <see cref="Persistence.InburgeringDbContext"/>: the caller's next save writes it in the
/// same transaction as the change, so a notification exists exactly when its change does.
/// </summary>
internal interface IMeldingen
{
    /// <summary>Adds a notification of <paramref name="type"/> about <paramref name="subject"/> in the current gemeente.</summary>
    /// <param name="type">One of <see cref="MeldingTypen"/>.</param>
    /// <param name="subject">Our id of the changed record, usually a dossier id; never a BSN.</param>
    /// <param name="data">Ids and codes that tell what changed, or <see langword="null"/>; never personal data.</param>
    /// <returns>The notification's event id.</returns>
    Guid Publiceer(string type, string subject, IReadOnlyDictionary<string, string?>? data = null);
}
