using Host.Abstractions;

namespace SampleHost.Plugins;

/// <summary>
/// Finds the plugins in the plugins folder, checks each before loading it, loads it and lets it register its
/// services. A plugin that fails any step is recorded with its reason and the host starts without it.
/// </summary>
internal static class PluginRegistration
{
    /// <summary>The services that the host calls per plugin; they are registered keyed by plugin id.</summary>
    private static readonly Type[] s_perPluginServices = [typeof(IPluginDataStore), typeof(IDemoDataSeeder), typeof(IScheduledJob)];

    /// <summary>The services the host provides; a plugin that registers one of them would replace the host's.</summary>
    private static readonly Type[] s_hostServices =
        [typeof(ITenantContext), typeof(ICurrentUser), typeof(IProcessingLog), typeof(IClientDirectory), typeof(IBrpPersonen), typeof(IWorkflowEngine), typeof(IWorkTasks), typeof(IPluginSettings), typeof(IRecordFieldStore), typeof(IDocumentSigning)];

    public static PluginCatalog AddPlugins(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment,
        PluginDatabase database,
        IPluginAssemblyLoader loader)
    {
        var options = configuration.GetSection(PluginsOptions.Section).Get<PluginsOptions>() ?? new PluginsOptions();
        var root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Path));

        var plugins = new List<PluginDescriptor>();
        if (Directory.Exists(root))
        {
            foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                var plugin = new PluginDescriptor(folder);
                plugins.Add(plugin);
                Register(plugin, services, options, database, environment.EnvironmentName, loader);
            }
        }

        var catalog = new PluginCatalog(plugins);
        services.AddSingleton(catalog);
        return catalog;
    }

    private static void Register(
        PluginDescriptor plugin,
        IServiceCollection services,
        PluginsOptions options,
        PluginDatabase database,
        string environmentName,
        IPluginAssemblyLoader loader)
    {
        var (manifest, error) = PluginManifestReader.Read(plugin.Folder);
        if (manifest is null)
        {
            plugin.Fail(PluginStatus.Malfunctioned, error!);
            return;
        }

        plugin.SetManifest(manifest);
        if (PluginPreflight.Check(plugin.Folder, manifest, HostApi.Version) is { } refusal)
        {
            plugin.Fail(refusal.Status, refusal.Reason);
            return;
        }

        if (options.SafeMode)
        {
            plugin.Fail(PluginStatus.Disabled, new LocalizedText(
                "De host draait in veilige modus (Plugins:SafeMode), dus er wordt geen plugin geladen. Zet de veilige modus uit en start opnieuw om de plugin te laden.",
                "The host runs in safe mode (Plugins:SafeMode), so no plugin is loaded. Turn safe mode off and restart to load it."));
            return;
        }

        try
        {
            var loaded = loader.Load(Path.Combine(plugin.Folder, manifest.Assembly));
            var module = CreateModule(loaded.Assembly, manifest);

            var scratch = new ServiceCollection();
            module.ConfigureServices(scratch, new PluginContext(manifest, database, environmentName));

            plugin.SetLoaded(loaded.Assembly, loaded.EnterContextualReflection);
            Merge(scratch, services, manifest.Id);
        }
        catch (Exception exception)
        {
            // Containment: whatever a plugin throws while loading or registering, the host starts without it and
            // shows the reason on the plugin page. The plugin's registrations were made in a scratch collection,
            // so none of them reach the host.
            plugin.Fail(PluginStatus.Malfunctioned, new LocalizedText(
                $"Plugin '{manifest.Id}' gaf een fout bij het laden of registreren: {Describe(exception)}",
                $"Plugin '{manifest.Id}' failed while loading or registering: {Describe(exception)}"));
        }
    }

    private static IPluginModule CreateModule(System.Reflection.Assembly assembly, PluginManifest manifest)
    {
        var modules = assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPluginModule).IsAssignableFrom(t))
            .ToList();

        if (modules.Count != 1)
        {
            throw new InvalidOperationException(
                $"'{manifest.Assembly}' must contain exactly one public class that implements IPluginModule; it contains {modules.Count}.");
        }

        return (IPluginModule)Activator.CreateInstance(modules[0])!;
    }

    private static void Merge(ServiceCollection scratch, IServiceCollection services, string pluginId)
    {
        if (scratch.FirstOrDefault(d => s_hostServices.Contains(d.ServiceType)) is { } replacement)
        {
            throw new InvalidOperationException(
                $"The plugin registers {replacement.ServiceType.Name}, which the host provides. Remove that registration and use the host's service.");
        }

        foreach (var descriptor in scratch)
        {
            var perPlugin = s_perPluginServices.Contains(descriptor.ServiceType) && !descriptor.IsKeyedService;
            services.Add(perPlugin ? ToKeyed(descriptor, pluginId) : descriptor);
        }
    }

    private static ServiceDescriptor ToKeyed(ServiceDescriptor descriptor, string key)
    {
        if (descriptor.ImplementationType is { } type)
        {
            return new ServiceDescriptor(descriptor.ServiceType, key, type, descriptor.Lifetime);
        }

        if (descriptor.ImplementationFactory is { } factory)
        {
            return new ServiceDescriptor(descriptor.ServiceType, key, (provider, _) => factory(provider), descriptor.Lifetime);
        }

        return new ServiceDescriptor(descriptor.ServiceType, key, descriptor.ImplementationInstance!);
    }

    private static string Describe(Exception exception)
    {
        var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } wrapped } ? wrapped : exception;
        return $"{inner.GetType().Name}: {inner.Message}";
    }
}
