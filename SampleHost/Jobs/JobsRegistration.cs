namespace SampleHost.Jobs;

/// <summary>Registers the scheduler that runs the plugins' scheduled jobs.</summary>
internal static class JobsRegistration
{
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.AddSingleton<JobRunner>();
        services.AddHostedService<JobScheduler>();

        return services;
    }
}
