using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// The table and columns of one entity type, read from the EF Core model, so the generator writes the names the
/// migrations created and follows schema changes without edits.
/// </summary>
internal sealed class TableColumns
{
    private TableColumns(string? schema, string table, IReadOnlyList<TableColumn> columns)
    {
        Schema = schema;
        Table = table;
        Columns = columns;
    }

    /// <summary>The schema, or <see langword="null"/> on SQLite.</summary>
    public string? Schema { get; }

    public string Table { get; }

    /// <summary>The columns the generator writes; a column the database fills itself (an identity key) is left out.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The table name, quoted, with its schema where it has one.</summary>
    public string QualifiedName => Schema is null ? Quote(Table) : $"{Quote(Schema)}.{Quote(Table)}";

    /// <summary>The quoted column names separated by commas, in the order of <see cref="Columns"/>.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(column => Quote(column.Name)));

    /// <summary>Reads the table of <typeparamref name="TEntity"/> from <paramref name="context"/>'s model.</summary>
    /// <exception cref="InvalidOperationException">The model has no table for <typeparamref name="TEntity"/>.</exception>
    public static TableColumns Of<TEntity>(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var entityType = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"The model of {context.GetType().Name} has no entity type {typeof(TEntity).Name}.");
        var table = entityType.GetTableName()
            ?? throw new InvalidOperationException($"The entity type {typeof(TEntity).Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());

        var columns = entityType.GetProperties()
            .Where(property => !property.IsShadowProperty() && !IsFilledByDatabase(property))
            .Select(property => new TableColumn(
                property.GetColumnName(store) ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{property.Name} has no column in {table}."),
                property,
                property.GetRelationalTypeMapping()))
            .ToList();

        return new TableColumns(entityType.GetSchema(), table, columns);
    }

    private static bool IsFilledByDatabase(IProperty property) =>
        property.IsPrimaryKey()
        && property.ValueGenerated == ValueGenerated.OnAdd
        && (property.ClrType == typeof(int) || property.ClrType == typeof(long));

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>One column: its name, the entity property it stores and the provider's type mapping.</summary>
internal sealed record TableColumn(string Name, IProperty Property, RelationalTypeMapping Mapping)
{
    /// <summary>Returns the property's value of <paramref name="entity"/> as the entity stores it.</summary>
    public object? ValueOf(object entity) => Property.GetGetter().GetClrValue(entity);

    /// <summary>Returns the value as the database stores it, after the property's value converter.</summary>
    public object? ProviderValueOf(object entity)
    {
        var value = ValueOf(entity);
        return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
    }
}
