namespace SampleHost.Plugins;

/// <summary>Registers the state of plugins per gemeente, the guard around calls into plugins and the gemeenten served.</summary>
internal static class PluginTenancyRegistration
{
    public static void AddPluginTenancy(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<PluginsOptions>()
            .Bind(configuration.GetSection(PluginsOptions.Section))
            .Validate(o => o.SuspendAfterFailures >= 1, "Plugins:SuspendAfterFailures must be 1 or more; it is the number of failures in a row after which a plugin is suspended in a gemeente.")
            .ValidateOnStart();

        services.AddSingleton(TenantDirectory.FromConfiguration(configuration, environment));
        services.AddSingleton<PluginTenantStates>();
        services.AddSingleton<PluginInvoker>();
        services.AddScoped<PluginTenantAdministration>();
        services.AddScoped<PluginAvailability>();
    }
}
