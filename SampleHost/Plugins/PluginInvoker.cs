using Host.Abstractions;
using Microsoft.Extensions.Options;
using SampleHost.Persistence;

namespace SampleHost.Plugins;

/// <summary>
/// The one guard around every call from the host into plugin code. It calls a plugin only while the plugin is loaded
/// and enabled in the gemeente, logs an exception with the plugin id and gemeente and returns it as a failure, so the
/// caller can show a placeholder. After <see cref="PluginsOptions.SuspendAfterFailures"/> failures in a row in one
/// gemeente it suspends the plugin there.
/// </summary>
internal sealed class PluginInvoker(
    PluginCatalog catalog,
    PluginTenantStates states,
    IOptions<PluginsOptions> options,
    ILogger<PluginInvoker> logger)
{
    /// <summary>The longest exception message kept in a suspension reason, so the reason fits its column.</summary>
    private const int MaxMessageLength = 1000;

    private static readonly PluginTenantState[] s_suspendableStates = [PluginTenantState.Enabled];

    /// <summary>
    /// Calls <paramref name="call"/> on <paramref name="contribution"/> through the guard of the plugin it belongs to.
    /// A contribution of the host itself is called directly, and its exceptions propagate.
    /// </summary>
    /// <param name="contribution">The screen, action, field provider or handler that <paramref name="call"/> calls.</param>
    /// <param name="gemeente">The gemeente the call is made for; a plugin is never called without one.</param>
    /// <param name="operation">What is called, for the log, such as <c>screen inburgering.dossiers</c>; never personal data.</param>
    /// <param name="call">The call into the contribution.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<PluginCallResult<T>> InvokeContributionAsync<T>(
        object contribution,
        GemeenteCode? gemeente,
        string operation,
        Func<CancellationToken, Task<T>> call,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        ArgumentNullException.ThrowIfNull(call);

        if (catalog.OwnerOf(contribution) is not { } plugin)
        {
            return new(PluginCallOutcome.Succeeded, await call(cancellationToken));
        }

        if (gemeente is not { } tenant)
        {
            return new(PluginCallOutcome.NotEnabled, default);
        }

        return await InvokeAsync(plugin, tenant, operation, call, cancellationToken);
    }

    /// <summary>Calls <paramref name="call"/>, which runs code of <paramref name="plugin"/>, through the guard.</summary>
    /// <returns>
    /// <see cref="PluginCallOutcome.NotEnabled"/> without calling when the plugin is not loaded or not enabled in
    /// <paramref name="gemeente"/>; otherwise whether the call succeeded, with its value.
    /// </returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<PluginCallResult<T>> InvokeAsync<T>(
        PluginDescriptor plugin,
        GemeenteCode gemeente,
        string operation,
        Func<CancellationToken, Task<T>> call,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(call);

        if (!plugin.IsLoaded || !states.IsEnabled(plugin.Id, gemeente))
        {
            return new(PluginCallOutcome.NotEnabled, default);
        }

        T value;
        try
        {
            value = await call(cancellationToken);
        }
        catch (Exception exception) when (IsPluginFailure(exception, cancellationToken))
        {
            // Containment: an exception from plugin code must not fail the host's page, job or change. A
            // cancellation that the caller asked for passes through; one the plugin raised itself, such as an
            // HTTP time-out, counts as a failure.
            await RecordFailureAsync(plugin, gemeente, operation, exception, cancellationToken);
            return new(PluginCallOutcome.Failed, default);
        }

        states.RecordSuccess(plugin.Id, gemeente);
        return new(PluginCallOutcome.Succeeded, value);
    }

    /// <inheritdoc cref="InvokeAsync{T}(PluginDescriptor, GemeenteCode, string, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    public async Task<PluginCallOutcome> InvokeAsync(
        PluginDescriptor plugin,
        GemeenteCode gemeente,
        string operation,
        Func<CancellationToken, Task> call,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);

        var result = await InvokeAsync(
            plugin,
            gemeente,
            operation,
            async token =>
            {
                await call(token);
                return true;
            },
            cancellationToken);
        return result.Outcome;
    }

    /// <summary>
    /// Returns whether <paramref name="exception"/> counts against the plugin. An unreachable database is no fault of
    /// the plugin, so it propagates and the request gets a 503, and a database restart never suspends a plugin.
    /// </summary>
    private static bool IsPluginFailure(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return TransientDatabaseFailure.Find(exception) is null;
    }

    private async Task RecordFailureAsync(PluginDescriptor plugin, GemeenteCode gemeente, string operation, Exception exception, CancellationToken cancellationToken)
    {
        var failures = states.RecordFailure(plugin.Id, gemeente);
        Log.PluginCallFailed(logger, plugin.Id, gemeente.Value, operation, failures, exception);

        var limit = options.Value.SuspendAfterFailures;
        if (failures < limit)
        {
            return;
        }

        // A failure to store the suspension leaves the count at or above the limit, so the next failure tries again.
        var reason = SuspensionReason(failures, exception);
        if (await states.ChangeAsync(plugin, gemeente, PluginTenantState.Suspended, reason, PluginTenantStates.HostActor, s_suspendableStates, cancellationToken))
        {
            Log.PluginSuspended(logger, plugin.Id, gemeente.Value, failures);
        }
    }

    private static LocalizedText SuspensionReason(int failures, Exception exception)
    {
        var message = exception.Message.Length > MaxMessageLength ? exception.Message[..MaxMessageLength] + "…" : exception.Message;
        var error = $"{exception.GetType().Name}: {message}";
        return new LocalizedText(
            $"Automatisch opgeschort na {failures} fouten op rij. Laatste fout: {error} Los de oorzaak op en kies Hervatten.",
            $"Suspended automatically after {failures} failures in a row. Last error: {error} Fix the cause and choose Resume.");
    }
}

/// <summary>How a guarded call into a plugin ended.</summary>
internal enum PluginCallOutcome
{
    /// <summary>The plugin's code returned normally.</summary>
    Succeeded,

    /// <summary>The plugin's code threw; the exception was logged and counted.</summary>
    Failed,

    /// <summary>The plugin was not called, because it is not loaded or not enabled in the gemeente.</summary>
    NotEnabled,
}

/// <summary>The outcome of a guarded call and, when it succeeded, the value the plugin returned.</summary>
internal readonly record struct PluginCallResult<T>(PluginCallOutcome Outcome, T? Value);
