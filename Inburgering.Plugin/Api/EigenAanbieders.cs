using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Api;

/// <summary>Looks up the aanbieders the API caller acts for, which every operation of the aanbieders API needs.</summary>
internal sealed class EigenAanbieders(IAanbiederToegang toegang, ICurrentUser user, ILogger<EigenAanbieders> logger)
{
    /// <summary>Returns the ids of the caller's active aanbieders, or <see langword="null"/> after logging that there are none.</summary>
    public async Task<IReadOnlyList<Guid>?> IdsAsync(CancellationToken cancellationToken)
    {
        var aanbieders = await toegang.EigenAanbiedersAsync(cancellationToken);
        if (aanbieders.Count == 0)
        {
            Log.ApiCallerWithoutAanbieder(logger, user.UserId);
            return null;
        }

        return [.. aanbieders.Select(a => a.Id)];
    }
}
