namespace Host.Abstractions;

/// <summary>
/// Seeds a plugin's demo data. The host calls it only in the Development environment, once per demo gemeente,
/// after the host serves requests, so the seeder may use host services such as <see cref="IBrpPersonen"/>.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Adds demo data for the current tenant unless it is already there.</summary>
    /// <param name="cancellationToken">Cancels the seeding.</param>
    Task SeedAsync(CancellationToken cancellationToken);
}
