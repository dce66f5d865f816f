namespace Inburgering.Plugin.Api;

/// <summary>
/// The OpenAPI 3.0 schemas of the aanbieders API's request and response bodies, as JSON. Each schema is whole, with no
/// references, because the host copies it into its OpenAPI document as it is. A test checks that every property of the
/// DTOs appears here.
/// </summary>
internal static class AanbiedersApiSchemas
{
    private const string Links = """
        {
          "type": "object",
          "description": "HAL-links, relatief aan de API-root.",
          "required": ["self"],
          "properties": {
            "self": { "type": "object", "required": ["href"], "properties": { "href": { "type": "string", "example": "aanmeldingen?paginaGrootte=20" } } },
            "next": { "type": "object", "required": ["href"], "description": "De volgende pagina; ontbreekt op de laatste.", "properties": { "href": { "type": "string", "example": "aanmeldingen?cursor=MjAyNi0xMS0yM34zZjJiOGMxZTlkNGE0ZTZiOGYwYTFjMmQzZTRmNWE2Yg&paginaGrootte=20" } } }
          }
        }
        """;

    private const string Kanaal = """{ "type": "string", "enum": ["bestand", "portaal", "api"] }""";

    private const string Modus = """{ "type": "string", "enum": ["alles-of-niets", "geldige-regels"] }""";

    private const string Status = """{ "type": "string", "enum": ["verwerkt", "deels-verwerkt", "geweigerd"] }""";

    private const string Fouten = """
        {
          "type": "array",
          "description": "Wat er mis is, per regel en veld; ten hoogste de eerste 1000.",
          "items": {
            "type": "object",
            "required": ["regel", "code", "melding"],
            "properties": {
              "regel": { "type": "integer", "description": "De positie van de regel in de body vanaf 1 (het regelnummer in een bestand), of 0 voor de hele levering." },
              "veld": { "type": "string", "nullable": true, "description": "Het veld in camelCase, of null voor de hele regel.", "example": "periodeTot" },
              "waarde": { "type": "string", "nullable": true, "description": "De waarde zoals aangeleverd." },
              "code": { "type": "string", "example": "datum" },
              "melding": {
                "type": "object",
                "required": ["nl", "en"],
                "properties": { "nl": { "type": "string" }, "en": { "type": "string" } }
              }
            }
          }
        }
        """;

    private const string Uren = """{ "oneOf": [{ "type": "string", "example": "12,5" }, { "type": "number", "example": 12.5 }], "description": "Uren als decimaal getal met . of , in kwartieren; een JSON-getal of een tekst." }""";

    private const string Tekst = """{ "type": "string" }""";

    private const string Datum = """{ "type": "string", "format": "date", "example": "2026-11-30" }""";

    private const string Niveau = """{ "type": "string", "enum": ["A0", "A1", "A2", "B1", "B2", "C1"] }""";

    /// <summary>The body of <c>GET aanmeldingen/{aanmeldingId}</c>, and each item of the list.</summary>
    public const string Aanmelding = """
        {
          "type": "object",
          "required": ["id", "onderdeel", "startdatum"],
          "properties": {
            "id": { "type": "string", "format": "uuid", "description": "De id van de aanmelding." },
            "onderdeel": { "type": "string", "enum": ["TAAL", "KNM", "MAP", "PVT", "ALFA", "PARTICIPATIE"] },
            "startdatum": { "type": "string", "format": "date" },
            "einddatum": { "type": "string", "format": "date", "nullable": true, "description": "De dag waarop de gemeente de aanmelding beëindigde, of null zolang die loopt." },
            "bsn": { "type": "string", "nullable": true, "pattern": "^[0-9]{9}$", "description": "Het BSN als tekst met voorloopnullen, of null voor een cursist met alleen een V-nummer." },
            "naam": { "type": "string", "nullable": true, "description": "De naam zoals de BRP die samenstelt." },
            "trajectRef": { "type": "string", "nullable": true, "description": "Uw trajectreferentie uit de laatst aangeleverde regel, of null." }
          }
        }
        """;

    /// <summary>The body of <c>GET aanmeldingen</c>.</summary>
    public const string AanmeldingenPagina = $$"""
        {
          "type": "object",
          "required": ["aanmeldingen", "_links"],
          "properties": {
            "aanmeldingen": { "type": "array", "items": {{Aanmelding}} },
            "_links": {{Links}}
          }
        }
        """;

    /// <summary>The body of <c>POST leveringen</c>.</summary>
    public const string LeveringVerzoek = $$"""
        {
          "type": "object",
          "required": ["regels"],
          "additionalProperties": false,
          "properties": {
            "leveringId": { "type": "string", "maxLength": 100, "description": "Uw referentie van de levering; standaard de Idempotency-Key, en gelijk daaraan als u hem geeft." },
            "modus": { "type": "string", "enum": ["alles-of-niets", "geldige-regels"], "default": "alles-of-niets", "description": "alles-of-niets: één foute regel weigert de hele levering; geldige-regels: de geldige regels worden verwerkt en de foute gemeld." },
            "regels": {
              "type": "array",
              "minItems": 1,
              "maxItems": 10000,
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["bsn", "onderdeel", "periodeVan", "periodeTot", "urenAangeboden", "urenGevolgdFysiek", "urenGevolgdOnline", "urenGeoorloofdVerzuim", "urenOngeoorloofdVerzuim"],
                "properties": {
                  "bsn": { "type": "string", "pattern": "^[0-9]{9}$", "description": "Het BSN als tekst, met voorloopnullen." },
                  "trajectRef": {{Tekst}},
                  "leerroute": {{Tekst}},
                  "onderdeel": { "type": "string", "enum": ["TAAL", "KNM", "MAP", "PVT", "ALFA", "PARTICIPATIE"] },
                  "periodeVan": {{Datum}},
                  "periodeTot": {{Datum}},
                  "urenAangeboden": {{Uren}},
                  "urenGevolgdFysiek": {{Uren}},
                  "urenGevolgdOnline": {{Uren}},
                  "urenGeoorloofdVerzuim": {{Uren}},
                  "urenOngeoorloofdVerzuim": {{Uren}},
                  "niveauLezen": {{Niveau}},
                  "niveauLuisteren": {{Niveau}},
                  "niveauSpreken": {{Niveau}},
                  "niveauSchrijven": {{Niveau}},
                  "examenOnderdeel": { "type": "string", "enum": ["LEZEN", "LUISTEREN", "SPREKEN", "SCHRIJVEN", "KNM"] },
                  "examenDatum": {{Datum}},
                  "examenResultaat": { "type": "string", "enum": ["BEHAALD", "NIET_BEHAALD"] },
                  "startdatum": {{Datum}},
                  "einddatum": {{Datum}},
                  "uitvalreden": { "type": "string", "description": "Alleen met einddatum." },
                  "opmerking": {{Tekst}}
                }
              }
            }
          }
        }
        """;

    /// <summary>The body of a 201 or 200 response of <c>POST leveringen</c>.</summary>
    public const string LeveringUitkomst = $$"""
        {
          "type": "object",
          "required": ["id", "leveringId", "modus", "status", "aantalRegels", "aantalVerwerkt", "aantalGeweigerd", "fouten"],
          "properties": {
            "id": { "type": "string", "format": "uuid", "description": "De id van de levering, voor leveringen/{leveringId}." },
            "leveringId": { "type": "string", "description": "Uw referentie: de Idempotency-Key." },
            "modus": {{Modus}},
            "status": {{Status}},
            "aantalRegels": { "type": "integer" },
            "aantalVerwerkt": { "type": "integer" },
            "aantalGeweigerd": { "type": "integer" },
            "fouten": {{Fouten}}
          }
        }
        """;

    private const string LeveringOverzichtProperties = $$"""
            "id": { "type": "string", "format": "uuid" },
            "leveringId": { "type": "string", "description": "Uw referentie: levering_id van een bestand of de Idempotency-Key." },
            "kanaal": {{Kanaal}},
            "modus": {{Modus}},
            "status": {{Status}},
            "aantalRegels": { "type": "integer" },
            "aantalVerwerkt": { "type": "integer" },
            "aantalGeweigerd": { "type": "integer" },
            "ontvangenOp": { "type": "string", "format": "date-time" }
        """;

    private const string LeveringOverzicht = $$"""
        {
          "type": "object",
          "required": ["id", "leveringId", "kanaal", "modus", "status", "aantalRegels", "aantalVerwerkt", "aantalGeweigerd", "ontvangenOp"],
          "properties": {
            {{LeveringOverzichtProperties}}
          }
        }
        """;

    /// <summary>The body of <c>GET leveringen/{leveringId}</c>.</summary>
    public const string Levering = $$"""
        {
          "type": "object",
          "required": ["id", "leveringId", "kanaal", "modus", "status", "aantalRegels", "aantalVerwerkt", "aantalGeweigerd", "ontvangenOp", "fouten"],
          "properties": {
            {{LeveringOverzichtProperties}},
            "fouten": {{Fouten}}
          }
        }
        """;

    /// <summary>The body of <c>GET leveringen</c>.</summary>
    public const string LeveringenPagina = $$"""
        {
          "type": "object",
          "required": ["leveringen", "_links"],
          "properties": {
            "leveringen": { "type": "array", "items": {{LeveringOverzicht}} },
            "_links": {{Links}}
          }
        }
        """;
}
