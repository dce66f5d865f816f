using Host.Abstractions;

namespace SampleHost.Work;

/// <summary>Registers the work queue: the plugins' <see cref="IWorkTasks"/> port and the host's werkvoorraad.</summary>
internal static class WorkQueueRegistration
{
    /// <summary>
    /// Registers the services. Only Development has a list of users to assign tasks to, the demo users. Elsewhere
    /// users sign in with OpenID Connect, and the host keeps no list of them.
    /// </summary>
    public static IServiceCollection AddWorkQueue(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddScoped<IWorkTasks, WorkTasks>();
        services.AddScoped<WorkQueue>();
        if (environment.IsDevelopment())
        {
            services.AddSingleton<IColleagueDirectory, DemoColleagueDirectory>();
        }
        else
        {
            services.AddSingleton<IColleagueDirectory, NoColleagueDirectory>();
        }

        return services;
    }
}
