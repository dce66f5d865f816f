namespace Inburgering.Plugin.Meldingen;

/// <summary>The state of a <see cref="MeldingAflevering"/>.</summary>
internal enum AfleveringStatus
{
    /// <summary>Not yet delivered; the next attempt is due at its time, and it keeps the subscriber's order.</summary>
    Wachtend,

    /// <summary>The receiver responded with a 2xx status code.</summary>
    Afgeleverd,

    /// <summary>
    /// Not delivered after <see cref="AfleveringSchema.PogingenTotMislukt"/> attempts. It is still retried at the
    /// maximum interval, but it no longer holds back the subscriber's newer notifications.
    /// </summary>
    Mislukt,
}
