using Host.Abstractions;
using Microsoft.AspNetCore.Authorization;
using SampleHost.Api;
using SampleHost.Api.Operations;
using SampleHost.Brp;
using SampleHost.Clients;
using SampleHost.Demo;
using SampleHost.Downloads;
using SampleHost.Events;
using SampleHost.Jobs;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Privacy;
using SampleHost.Screens;
using SampleHost.Security;
using SampleHost.Security.ApiClients;
using SampleHost.Security.Authentication;
using SampleHost.Settings;
using SampleHost.Signing;
using SampleHost.Tenancy;
using SampleHost.Uploads;
using SampleHost.Work;
using SampleHost.Workflows;

namespace SampleHost.Hosting;

/// <summary>Registers SampleHost's services, its plugins and its database.</summary>
internal static class HostServiceRegistration
{
    public static void AddSampleHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddTenancy();
        services.AddPrivacy(configuration);
        services.AddClients();
        services.AddWorkflowsAndSettings();
        services.AddWorkQueue(builder.Environment);

        var database = services.AddHostDatabase(configuration, builder.Environment);
        services.AddHostHealthChecks();
        services.AddPlugins(configuration, builder.Environment, database, new McMasterPluginAssemblyLoader());
        services.AddPluginTenancy(configuration, builder.Environment);
        services.AddScheduledJobs(configuration);

        services.AddDocumentSigning(configuration, builder.Environment);
        services.AddBrpClient(configuration);
        if (configuration.GetValue<bool>("Brp:StandIn:Enabled"))
        {
            services.AddBrpStandIn(configuration);
        }

        services.AddWebUserInterface(configuration, builder.Environment);
        services.AddUploads(configuration);
        services.AddDownloads();
        services.AddSharedKeyRing(configuration);
        services.AddRequestRateLimiting(configuration);
        if (builder.Environment.IsDevelopment())
        {
            services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
            services.AddHostedService<DemoDataSeeding>();
        }
    }

    private static void AddTenancy(this IServiceCollection services)
    {
        services.AddScoped<ScopeIdentity>();
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddSingleton<IPermissionProvider, HostPermissions>();
        services.AddSingleton<RolePermissions>();
        services.AddScoped<FieldAccess>();
        services.AddScoped<RecordAccessLog>();
    }

    private static void AddPrivacy(this IServiceCollection services, ConfigurationManager configuration)
    {
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.Section))
            .Validate(o => o.PseudonymKey.Length >= 32, "Privacy:PseudonymKey must be a secret of at least 32 characters; set it in the configuration or a secret store.")
            .ValidateOnStart();
        services.AddSingleton<IProcessingActivityProvider, HostProcessingActivities>();
        services.AddSingleton<ProcessingActivityRegister>();
        services.AddSingleton<SubjectPseudonymizer>();
        services.AddSingleton<ProcessingLogAppender>();
        services.AddScoped<IProcessingLog, ProcessingLog>();
        services.AddScoped<ProcessingLogVerifier>();
        services.AddScoped<ProcessingLogQueries>();
        services.AddHostedService<RequestTracing>();
    }

    private static void AddClients(this IServiceCollection services)
    {
        services.AddScoped<HostEventDispatcher>();
        services.AddScoped<IClientDirectory, ClientDirectory>();
        services.AddScoped<ClientRegistration>();
        services.AddScoped<RecordFieldStore>();
        services.AddScoped<IRecordFieldStore>(provider => provider.GetRequiredService<RecordFieldStore>());
    }

    /// <summary>Registers the workflow engine and the plugin settings, with the host's own settings screen.</summary>
    private static void AddWorkflowsAndSettings(this IServiceCollection services)
    {
        services.AddScoped<IWorkflowEngine, WorkflowEngine>();
        services.AddScoped<PluginSettings>();
        services.AddScoped<IPluginSettings>(provider => provider.GetRequiredService<PluginSettings>());
        services.AddScoped<IScreen, SettingsScreen>();
        services.AddScoped<IActionHandler, SaveSettingsAction>();
    }

    private static void AddWebUserInterface(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<ScreenCatalog>();
        services.AddScreenApi();
        services.AddApiOperations(configuration);
        services.AddRazorPages().AddMvcOptions(options => options.Filters.Add<HandlerPermissionFilter>());
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new(Texts.Dutch);
            options.SupportedCultures = [Texts.Dutch, Texts.English];
            options.SupportedUICultures = [Texts.Dutch, Texts.English];
        });

        services.AddHostAuthentication(configuration, environment);
        services.AddScoped<ApiClientAdministration>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}
