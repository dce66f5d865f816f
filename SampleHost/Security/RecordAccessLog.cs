using Host.Abstractions;

namespace SampleHost.Security;

/// <summary>
/// Logs a request for a record that the user's gemeente does not have, which is how a probe of another gemeente's
/// ids shows up, with our own ids only.
/// </summary>
internal sealed class RecordAccessLog(ILogger<RecordAccessLog> logger, ICurrentUser user, ITenantContext tenant)
{
    /// <summary>Logs that <paramref name="recordId"/> of <paramref name="recordType"/> was not found.</summary>
    /// <param name="recordType">The host record type or the screen id, for example <c>client</c>.</param>
    /// <param name="recordId">Our id of the record, never a BSN.</param>
    public void NotFound(string recordType, string recordId) =>
        Log.RecordNotFound(logger, recordType, recordId, tenant.Current?.Value, user.UserId);

    /// <summary>Logs that a search by BSN found nothing, without the BSN.</summary>
    public void SearchFoundNothing() => Log.ClientSearchFoundNothing(logger, tenant.Current?.Value, user.UserId);
}
