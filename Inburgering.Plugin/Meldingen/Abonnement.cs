using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// A webhook subscription of another municipal system of the gemeente: where to send notifications, which types, and
/// the secret that signs every request.
/// </summary>
/// <remarks>
/// <see cref="Geheim"/> is stored as generated, because HMAC-SHA256 signing needs the secret itself and the host offers
/// the plugin no key to encrypt it with. It is shown once, on creation, and never again. No screen, log or
/// notification contains it, and on PostgreSQL row-level security keeps it inside its gemeente.
/// </remarks>
internal sealed class Abonnement : IGemeenteOwned
{
    /// <summary>The maximum length of <see cref="Naam"/>.</summary>
    public const int NaamMaxLength = 100;

    /// <summary>The maximum length of <see cref="Url"/>.</summary>
    public const int UrlMaxLength = 500;

    public Guid Id { get; set; }

    /// <summary>The gemeentecode of the gemeente whose notifications the subscriber receives.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The name of the receiving system, such as "Zaaksysteem".</summary>
    public required string Naam { get; set; }

    /// <summary>The webhook URL; https, or http only for a loopback host (see <see cref="WebhookUrl"/>).</summary>
    public required string Url { get; set; }

    /// <summary>The <see cref="MeldingTypen"/> the subscriber receives, separated by commas, or <see langword="null"/> for all types.</summary>
    public string? Typen { get; set; }

    /// <summary>The Standard Webhooks secret (<c>whsec_</c> and base64) that signs the requests.</summary>
    public required string Geheim { get; set; }

    /// <summary>Whether notifications are sent; an inactive subscription gets no new deliveries and sends none of its pending ones.</summary>
    public bool Actief { get; set; }

    /// <summary>The host's user id of the functioneel beheerder who created the subscription.</summary>
    public required string AangemaaktDoor { get; set; }

    public DateTimeOffset AangemaaktOp { get; set; }

    /// <summary>A new value on every change, so an edit of a subscription that changed since the form opened is rejected.</summary>
    public Guid Versie { get; set; }

    /// <summary>
    /// The delivery run that has the claim on this subscription's deliveries, or <see langword="null"/> when no run
    /// has it. See <see cref="BezorgClaim"/>.
    /// </summary>
    public Guid? BezorgRun { get; set; }

    /// <summary>When the claim of <see cref="BezorgRun"/> ends unless the run renews it. From then on another run may take it.</summary>
    public DateTimeOffset? BezorgClaimTot { get; set; }

    /// <summary>Whether the subscriber receives notifications of <paramref name="type"/>.</summary>
    public bool Ontvangt(string type) =>
        Typen is null || Typen.Split(',').Contains(type, StringComparer.Ordinal);
}
