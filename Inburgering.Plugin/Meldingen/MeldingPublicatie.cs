using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Meldingen;

/// <summary>Adds notifications to the outbox table of the scope's database context.</summary>
internal sealed class MeldingPublicatie(InburgeringDbContext db, ITenantContext tenant, TimeProvider clock) : IMeldingen
{
    public Guid Publiceer(string type, string subject, IReadOnlyDictionary<string, string?>? data = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (!type.StartsWith(MeldingTypen.Prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A notification type starts with '{MeldingTypen.Prefix}'; '{type}' does not.", nameof(type));
        }

        var gemeente = tenant.Current ?? throw new InvalidOperationException("A notification is published within a gemeente.");
        var melding = new Melding
        {
            Id = Guid.NewGuid(),
            Gemeente = gemeente.Value,
            Type = type,
            Subject = subject,
            Tijd = clock.GetUtcNow(),
            Data = data is null ? null : JsonSerializer.Serialize(data, MeldingJsonContext.Default.IReadOnlyDictionaryStringString),
        };
        db.Meldingen.Add(melding);

        return melding.Id;
    }
}
