using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Writes new entities to their PostgreSQL table with a binary <c>COPY</c> on the context's open connection, so they
/// join its current transaction. PostgreSQL refuses <c>COPY FROM</c> into a table with row-level security, so the rows
/// go into a temporary table first and from there with one <c>INSERT … SELECT</c>, which the policies check. The
/// columns and value conversions come from the EF Core model, so the copy follows the same mapping as
/// <c>SaveChanges</c>. It bypasses the change tracker and the <c>SaveChanges</c> checks, so it is only for inserts of
/// rows that need neither.
/// </summary>
internal static class PostgresKopie
{
    /// <summary>Copies <paramref name="rijen"/> into the table of <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The entity type has a shadow property, whose value only the change tracker has.</exception>
    public static async Task SchrijfAsync<T>(DbContext db, IEnumerable<T> rijen, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rijen);

        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity type of {db.GetType().Name}.");
        var tabel = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var kolommen = Kolommen(entityType, tabel);

        var kolomNamen = string.Join(", ", kolommen.Select(k => Quote(k.Naam)));
        var doel = tabel.Schema is null ? Quote(tabel.Name) : $"{Quote(tabel.Schema)}.{Quote(tabel.Name)}";
        var tussen = Quote("kopie_" + tabel.Name);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        // The names come from the EF Core model and are quoted, so the raw SQL contains no input. ON COMMIT DROP: the
        // temporary table lives until the caller's transaction ends, and is emptied after each batch.
        var maakTussentabel = $"CREATE TEMP TABLE IF NOT EXISTS {tussen} (LIKE {doel}) ON COMMIT DROP";
        var verplaats = $"INSERT INTO {doel} ({kolomNamen}) SELECT {kolomNamen} FROM {tussen}; TRUNCATE {tussen}";
        await db.Database.ExecuteSqlRawAsync(maakTussentabel, cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {tussen} ({kolomNamen}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var rij in rijen)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var kolom in kolommen)
                {
                    await SchrijfWaardeAsync(importer, kolom.Waarde(rij), cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(verplaats, cancellationToken);
    }

    private static List<Kolom> Kolommen(IEntityType entityType, StoreObjectIdentifier tabel)
    {
        var kolommen = new List<Kolom>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsShadowProperty())
            {
                throw new InvalidOperationException($"{entityType.DisplayName()}.{property.Name} is a shadow property, which a COPY cannot read.");
            }

            var getter = property.GetGetter();
            var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
            kolommen.Add(new Kolom(property.GetColumnName(tabel)!, rij =>
            {
                var waarde = getter.GetClrValueUsingContainingEntity(rij);
                return waarde is not null && converter is not null ? converter.ConvertToProvider(waarde) : waarde;
            }));
        }

        return kolommen;
    }

    private static Task SchrijfWaardeAsync(NpgsqlBinaryImporter importer, object? waarde, CancellationToken cancellationToken) => waarde switch
    {
        null => importer.WriteNullAsync(cancellationToken),
        string tekst => importer.WriteAsync(tekst, NpgsqlDbType.Text, cancellationToken),
        Guid id => importer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken),
        int getal => importer.WriteAsync(getal, NpgsqlDbType.Integer, cancellationToken),
        long getal => importer.WriteAsync(getal, NpgsqlDbType.Bigint, cancellationToken),
        decimal getal => importer.WriteAsync(getal, NpgsqlDbType.Numeric, cancellationToken),
        bool vlag => importer.WriteAsync(vlag, NpgsqlDbType.Boolean, cancellationToken),
        DateOnly datum => importer.WriteAsync(datum, NpgsqlDbType.Date, cancellationToken),
        DateTimeOffset moment => importer.WriteAsync(moment.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken),
        _ => throw new NotSupportedException($"A COPY column of type {waarde.GetType().Name} is not supported; add it to {nameof(PostgresKopie)}."),
    };

    private static string Quote(string naam) => "\"" + naam.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Kolom(string Naam, Func<object, object?> Waarde);
}
