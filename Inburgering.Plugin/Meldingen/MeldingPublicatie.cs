using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Meldingen;

/// <summary>Adds notifications to the outbox table of the scope's database context.</summary>
internal sealed class MeldingPublicatie(InburgeringDbContext db, ITenantContext tenant, TimeProvider clock) : IMeldingen
{
    public Guid Publiceer(string type, string subject, IReadOnlyDictionary<string, string?>? data = null)
    {
        var gemeente = tenant.Current ?? throw new InvalidOperationException("A notification is published within a gemeente.");
        var melding = Nieuw(Guid.NewGuid(), gemeente.Value, type, subject, clock.GetUtcNow(), data);
        db.Meldingen.Add(melding);

        return melding.Id;
    }

    /// <summary>Creates an outbox row after checking its type and subject.</summary>
    /// <exception cref="ArgumentException">The type or subject is blank, or the type lacks <see cref="MeldingTypen.Prefix"/>.</exception>
    internal static Melding Nieuw(Guid id, string gemeente, string type, string subject, DateTimeOffset tijd, IReadOnlyDictionary<string, string?>? data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (!type.StartsWith(MeldingTypen.Prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A notification type starts with '{MeldingTypen.Prefix}'; '{type}' does not.", nameof(type));
        }

        return new Melding
        {
            Id = id,
            Gemeente = gemeente,
            Type = type,
            Subject = subject,
            Tijd = tijd,
            Data = data is null ? null : JsonSerializer.Serialize(data, MeldingJsonContext.Default.IReadOnlyDictionaryStringString),
        };
    }
}
