using System.Linq.Expressions;

namespace Inburgering.Plugin.Paging;

/// <summary>
/// A stable list order for keyset paging: one or more sort keys, each ascending or descending, that end in a unique
/// key (the row's id) as tie-breaker. It orders a query and filters it to the rows after a position, as one
/// expression that an index on the same keys can serve.
/// </summary>
/// <typeparam name="T">The row type of the query.</typeparam>
internal sealed class KeysetOrder<T>
{
    private readonly List<Key> keys = [];

    /// <summary>Adds a sort key after the keys before it; the last key added must be unique per row.</summary>
    /// <remarks>
    /// The key type must be one that <see cref="KeysetCursor"/> can write: a moment, a date, a number, a string or a
    /// <see cref="Guid"/>. Keys must not be null. An enum stored as text sorts by its name, so order by an expression
    /// that maps it to a number instead.
    /// </remarks>
    public KeysetOrder<T> By<TKey>(Expression<Func<T, TKey>> key, bool descending = false)
    {
        ArgumentNullException.ThrowIfNull(key);

        var read = key.Compile();
        keys.Add(new Key(
            key,
            descending,
            typeof(TKey),
            row => read(row),
            query => descending ? query.OrderByDescending(key) : query.OrderBy(key),
            query => descending ? query.ThenByDescending(key) : query.ThenBy(key),
            value => Expression.Property(Expression.Constant(new Box<TKey>((TKey)value)), nameof(Box<TKey>.Value))));
        return this;
    }

    /// <summary>The types of the sort keys, in order, as a cursor contains them.</summary>
    public IReadOnlyList<Type> KeyTypes => [.. keys.Select(k => k.Type)];

    /// <summary>Orders <paramref name="query"/> by the keys.</summary>
    public IOrderedQueryable<T> Apply(IQueryable<T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (keys.Count == 0)
        {
            throw new InvalidOperationException("A keyset order needs at least one key.");
        }

        var ordered = keys[0].OrderBy(query);
        foreach (var key in keys.Skip(1))
        {
            ordered = key.ThenBy(ordered);
        }

        return ordered;
    }

    /// <summary>
    /// Keeps the rows that come after the row with sort key <paramref name="values"/>:
    /// <c>k1 after v1 OR (k1 = v1 AND (k2 after v2 OR (k2 = v2 AND ...)))</c>.
    /// </summary>
    public IQueryable<T> After(IQueryable<T> query, IReadOnlyList<object> values)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != keys.Count)
        {
            throw new ArgumentException($"A position of this order has {keys.Count} values, not {values.Count}.", nameof(values));
        }

        var row = Expression.Parameter(typeof(T), "row");
        Expression? condition = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = Rebind(keys[i].Selector, row);
            var value = keys[i].Parameter(values[i]);
            var after = Compare(key, value, keys[i].Descending);
            condition = condition is null ? after : Expression.OrElse(after, Expression.AndAlso(Expression.Equal(key, value), condition));
        }

        return query.Where(Expression.Lambda<Func<T, bool>>(condition!, row));
    }

    /// <summary>Returns the sort key values of <paramref name="row"/>, the position after it.</summary>
    public IReadOnlyList<object> ValuesOf(T row) =>
        [.. keys.Select(k => k.Read(row) ?? throw new InvalidOperationException("A keyset sort key must not be null."))];

    // Strings and Guids have no comparison operators that EF Core translates, but it translates CompareTo against 0.
    private static BinaryExpression Compare(Expression key, Expression value, bool descending)
    {
        if (key.Type == typeof(string) || key.Type == typeof(Guid))
        {
            var compareTo = Expression.Call(key, key.Type.GetMethod(nameof(string.CompareTo), [key.Type])!, value);
            var zero = Expression.Constant(0);
            return descending ? Expression.LessThan(compareTo, zero) : Expression.GreaterThan(compareTo, zero);
        }

        return descending ? Expression.LessThan(key, value) : Expression.GreaterThan(key, value);
    }

    private static Expression Rebind(LambdaExpression selector, ParameterExpression row) =>
        new ParameterReplacer(selector.Parameters[0], row).Visit(selector.Body);

    private sealed record Key(
        LambdaExpression Selector,
        bool Descending,
        Type Type,
        Func<T, object?> Read,
        Func<IQueryable<T>, IOrderedQueryable<T>> OrderBy,
        Func<IOrderedQueryable<T>, IOrderedQueryable<T>> ThenBy,
        Func<object, Expression> Parameter);

    // EF Core turns a member of a constant object into a query parameter, so every page runs the same cached SQL.
    private sealed record Box<TValue>(TValue Value);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
