namespace Host.Abstractions;

/// <summary>
/// The plugin's own tables. The host calls <see cref="MigrateAsync"/> at start-up, before it serves any request;
/// migrations never run on a request.
/// </summary>
public interface IPluginDataStore
{
    /// <summary>Creates the plugin's tables or upgrades them to the plugin's current version.</summary>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>The names of the migrations that were applied, in order; empty when the schema was current.</returns>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);
}
