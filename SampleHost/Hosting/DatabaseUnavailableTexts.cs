using Host.Abstractions;

namespace SampleHost.Hosting;

/// <summary>The texts of the 503 response when the database is unreachable, Dutch first with English.</summary>
internal static class DatabaseUnavailableTexts
{
    public static LocalizedText Title { get; } = new("Database niet bereikbaar", "Database unreachable");

    public static LocalizedText ApiDetail { get; } = new(
        $"De database is even niet bereikbaar. Probeer het over {DatabaseUnavailableMiddleware.RetryAfterSeconds} seconden opnieuw (header Retry-After), bij een levering met dezelfde Idempotency-Key.",
        $"The database is unreachable for a moment. Retry after {DatabaseUnavailableMiddleware.RetryAfterSeconds} seconds (Retry-After header), for a delivery with the same Idempotency-Key.");

    /// <summary>
    /// A complete page without the shared layout, because rendering the layout can reach the database again.
    /// </summary>
    public static string Page { get; } = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Database niet bereikbaar</title>
        </head>
        <body>
        <main>
        <h1>Database niet bereikbaar</h1>
        <p>De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw.</p>
        <p><a href="">Opnieuw proberen</a></p>
        <section lang="en">
        <h2>Database unreachable</h2>
        <p>The database is unreachable for a moment. Try again in a few seconds.</p>
        </section>
        </main>
        </body>
        </html>
        """;
}
