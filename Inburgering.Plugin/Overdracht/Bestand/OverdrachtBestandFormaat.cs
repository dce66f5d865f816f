using System.Text.Json;
using Host.Abstractions;
using Microsoft.Extensions.Logging;
using static Inburgering.Plugin.Overdracht.Bestand.OverdrachtFoutmeldingen;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// Writes and reads the package as a signed JWS file with the host's <see cref="IDocumentSigning"/>. Reading stops at
/// the first stage that finds problems and returns all problems of that stage: the envelope, the header, the
/// signature, the version, the JSON Schema, and last the content checks of <see cref="OverdrachtControles"/>.
/// The content of a file whose signature fails is not checked, because it cannot be trusted.
/// </summary>
internal sealed class OverdrachtBestandFormaat(IDocumentSigning signing, ILogger<OverdrachtBestandFormaat> logger) : IOverdrachtFormaat
{
    /// <summary>The largest file read, in bytes. A package of a long trajectory is some tens of kilobytes.</summary>
    public const int MaximaleGrootte = 5 * 1024 * 1024;

    /// <summary>The major version this plugin reads.</summary>
    public const int OndersteundeMajor = 1;

    public async Task<byte[]> SchrijfAsync(OverdrachtPakket pakket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pakket);

        var sleutel = signing.Current;
        var kop = new JwsKop(sleutel.Algorithm, sleutel.KeyId, JwsKop.Type, JwsKop.ContentType);
        var kopTekst = OverdrachtJws.Codeer(JsonSerializer.SerializeToUtf8Bytes(kop, OverdrachtJsonContext.Bestand.JwsKop));
        var payloadTekst = OverdrachtJws.Codeer(JsonSerializer.SerializeToUtf8Bytes(pakket, OverdrachtJsonContext.Bestand.OverdrachtPakket));

        var ongetekend = new OverdrachtJws(kopTekst, payloadTekst, string.Empty);
        var handtekening = await signing.SignAsync(ongetekend.SigningInput, cancellationToken);

        Log.OverdrachtBestandOndertekend(logger, pakket.Id, pakket.Afzender.DossierId, sleutel.KeyId);
        return (ongetekend with { Signature = OverdrachtJws.Codeer(handtekening) }).Schrijf();
    }

    public async Task<OverdrachtLeesResultaat> LeesAsync(Stream json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);

        var bestand = await LeesBegrensdAsync(json, cancellationToken);
        if (bestand is null)
        {
            return Geweigerd(null, Fout(HeleBestand,
                $"Het bestand is groter dan {MaximaleGrootte / (1024 * 1024)} MB; een overdrachtspakket is veel kleiner. Controleer of u het juiste bestand kiest.",
                $"The file is larger than {MaximaleGrootte / (1024 * 1024)} MB; a handover package is much smaller. Check that you chose the right file."));
        }

        var (jws, kopBytes, payloadBytes, handtekening, envelopFouten) = OverdrachtJws.Ontleed(bestand);
        if (jws is null)
        {
            return Geweigerd(null, [.. envelopFouten]);
        }

        var (kop, kopFouten) = LeesKop(kopBytes);
        if (kop is null)
        {
            return Geweigerd(null, [.. kopFouten]);
        }

        var controle = await signing.VerifyAsync(kop.Kid, kop.Alg, jws.SigningInput, handtekening, cancellationToken);
        if (!controle.IsValid)
        {
            Log.OverdrachtBestandHandtekeningGeweigerd(logger, kop.Kid, controle.Failure!.Value);
            return Geweigerd(null, HandtekeningFout(kop, controle.Failure!.Value));
        }

        return LeesPayload(payloadBytes, controle.SignerName!);
    }

    private OverdrachtLeesResultaat LeesPayload(byte[] payloadBytes, string ondertekenaar)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payloadBytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return Geweigerd(ondertekenaar, Fout("$.payload",
                "De inhoud van het pakket is geen geldige JSON, hoewel de handtekening klopt. Het verzendende systeem maakte een fout bestand; meld dit bij de afzender.",
                "The package's content is not valid JSON, although the signature is valid. The sending system made a faulty file; tell the sender."));
        }

        using (document)
        {
            if (VersieFout(document.RootElement) is { } versieFout)
            {
                return Geweigerd(ondertekenaar, versieFout);
            }

            var schemaFouten = OverdrachtSchema.Controleer(document.RootElement);
            if (schemaFouten.Count > 0)
            {
                return Geweigerd(ondertekenaar, [.. schemaFouten]);
            }

            OverdrachtPakket? pakket;
            try
            {
                pakket = document.RootElement.Deserialize(OverdrachtJsonContext.Default.OverdrachtPakket);
            }
            catch (JsonException exception)
            {
                return Geweigerd(ondertekenaar, Fout(exception.Path ?? HeleBestand,
                    "Deze waarde kan niet worden gelezen, bijvoorbeeld omdat een getal te groot is. Vraag de afzender het pakket te controleren.",
                    "This value cannot be read, for example because a number is too large. Ask the sender to check the package."));
            }

            var inhoudFouten = OverdrachtControles.Controleer(pakket!);
            if (inhoudFouten.Count > 0)
            {
                return Geweigerd(ondertekenaar, [.. inhoudFouten]);
            }

            Log.OverdrachtBestandGelezen(logger, pakket!.Id, pakket.Afzender.DossierId);
            return new OverdrachtLeesResultaat(pakket, [], ondertekenaar);
        }
    }

    private OverdrachtLeesResultaat Geweigerd(string? ondertekenaar, params OverdrachtFout[] fouten)
    {
        Log.OverdrachtBestandGeweigerd(logger, fouten.Length, fouten[0].Pad);
        return new OverdrachtLeesResultaat(null, fouten, ondertekenaar);
    }

    private static async Task<byte[]?> LeesBegrensdAsync(Stream json, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var blok = new byte[81920];
        int gelezen;
        while ((gelezen = await json.ReadAsync(blok, cancellationToken)) > 0)
        {
            if (buffer.Length + gelezen > MaximaleGrootte)
            {
                return null;
            }

            buffer.Write(blok, 0, gelezen);
        }

        return buffer.ToArray();
    }

    private static (JwsKop? Kop, List<OverdrachtFout> Fouten) LeesKop(byte[] kopBytes)
    {
        var fouten = new List<OverdrachtFout>();
        JsonElement kop;
        try
        {
            using var document = JsonDocument.Parse(kopBytes);
            kop = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            fouten.Add(Fout("$.protected", "De kop ('protected') is geen geldige JSON. Het bestand is beschadigd; vraag de afzender het opnieuw te sturen.", "The header ('protected') is not valid JSON. The file is damaged; ask the sender to send it again."));
            return (null, fouten);
        }

        if (kop.ValueKind != JsonValueKind.Object)
        {
            fouten.Add(Fout("$.protected", "De kop ('protected') moet een JSON-object zijn.", "The header ('protected') must be a JSON object."));
            return (null, fouten);
        }

        var alg = Tekst(kop, "alg", fouten);
        var kid = Tekst(kop, "kid", fouten);
        var typ = Tekst(kop, "typ", fouten);
        if (typ is not null && typ != JwsKop.Type)
        {
            fouten.Add(Fout("$.protected.typ",
                $"Het bestand is van het type '{typ}', geen overdrachtspakket ('{JwsKop.Type}'). Kies het bestand van de overdracht.",
                $"The file is of type '{typ}', not a handover package ('{JwsKop.Type}'). Choose the handover file."));
        }

        if (kop.TryGetProperty("crit", out _))
        {
            fouten.Add(Fout("$.protected.crit",
                "De kop vraagt met 'crit' om uitbreidingen die dit systeem niet kent, dus het pakket wordt niet gelezen.",
                "The header requires extensions through 'crit' that this system does not support, so the package is not read."));
        }

        var cty = kop.TryGetProperty("cty", out var ctyWaarde) && ctyWaarde.ValueKind == JsonValueKind.String ? ctyWaarde.GetString()! : JwsKop.ContentType;
        return fouten.Count > 0 ? (null, fouten) : (new JwsKop(alg!, kid!, typ!, cty), fouten);
    }

    private static string? Tekst(JsonElement kop, string naam, List<OverdrachtFout> fouten)
    {
        if (kop.TryGetProperty(naam, out var waarde) && waarde.ValueKind == JsonValueKind.String && waarde.GetString() is { Length: > 0 } tekst)
        {
            return tekst;
        }

        fouten.Add(Fout($"$.protected.{naam}",
            $"De kop ('protected') mist het veld '{naam}' als tekst; het bestand is niet volgens het formaat ondertekend.",
            $"The header ('protected') lacks the member '{naam}' as text, so the file was not signed according to the format."));
        return null;
    }

    private static OverdrachtFout HandtekeningFout(JwsKop kop, SignatureCheckFailure reden) => reden switch
    {
        SignatureCheckFailure.UnknownKey => Fout("$.protected.kid",
            $"Het pakket is ondertekend met sleutel '{kop.Kid}', die deze installatie niet vertrouwt. Vraag de afzender om de publieke sleutel (bij SampleHost: 'dotnet run -- ondertekensleutel') en laat de beheerder die toevoegen onder Signing:TrustedKeys.",
            $"The package was signed with key '{kop.Kid}', which this deployment does not trust. Ask the sender for the public key (in SampleHost: 'dotnet run -- ondertekensleutel') and have the administrator add it under Signing:TrustedKeys."),
        SignatureCheckFailure.UnsupportedAlgorithm => Fout("$.protected.alg",
            $"Het pakket is ondertekend met algoritme '{kop.Alg}', dat deze installatie niet ondersteunt; gebruik {SigningAlgorithms.ES256}.",
            $"The package was signed with the algorithm '{kop.Alg}', which this deployment does not support; use {SigningAlgorithms.ES256}."),
        _ => Fout("$.signature",
            "De handtekening klopt niet: het pakket is na het ondertekenen gewijzigd of beschadigd. Gebruik het bestand niet en vraag de afzender het opnieuw te sturen.",
            "The signature is invalid: the package was changed or damaged after signing. Do not use the file; ask the sender to send it again."),
    };

    private static OverdrachtFout? VersieFout(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("versie", out var versie)
            || versie.ValueKind != JsonValueKind.String)
        {
            // The schema reports a missing or wrongly typed versie.
            return null;
        }

        var tekst = versie.GetString()!;
        var punt = tekst.IndexOf('.', StringComparison.Ordinal);
        var major = punt > 0 ? tekst[..punt] : tekst;
        if (major == OndersteundeMajor.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return null;
        }

        return Fout("$.versie",
            $"Het pakket heeft formaatversie '{tekst}'; deze installatie leest alleen versie {OndersteundeMajor}.x. Vraag de afzender een pakket in versie {OverdrachtPakket.HuidigeVersie}, of werk de plugin bij.",
            $"The package has format version '{tekst}'; this deployment reads only version {OndersteundeMajor}.x. Ask the sender for a package in version {OverdrachtPakket.HuidigeVersie}, or update the plugin.");
    }
}
