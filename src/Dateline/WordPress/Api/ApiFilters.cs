using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Dateline.WordPress.Api;

/// <summary>
/// The filters most collections share: <c>include</c> and <c>exclude</c> on the item's id, <c>after</c> and
/// <c>before</c> on its date (in the site's time zone). Each becomes SQL with the values sent as parameters.
/// </summary>
internal static class ApiFilters
{
    public static IQueryable<T> ByIdsAndDates<T>(this IQueryable<T> rows, ApiRequest request, Expression<Func<T, int>> id, Expression<Func<T, DateTime?>>? date = null)
    {
        var query = request.Query;
        if (date is not null && query.Date("after", request.Site.Zone) is { } after)
        {
            rows = rows.Where(Compare(date, after, ExpressionType.GreaterThan));
        }

        if (date is not null && query.Date("before", request.Site.Zone) is { } before)
        {
            rows = rows.Where(Compare(date, before, ExpressionType.LessThan));
        }

        if (query.Ids("include") is { Count: > 0 } include)
        {
            rows = rows.Where(In(id, include, inside: true));
        }

        if (query.Ids("exclude") is { Count: > 0 } exclude)
        {
            rows = rows.Where(In(id, exclude, inside: false));
        }

        return rows;
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateTime?>> date, DateTime value, ExpressionType comparison)
    {
        // Read from a closure, so EF sends the date as a parameter rather than writing it into the SQL.
        Expression<Func<DateTime?>> captured = () => value;
        return Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(comparison, date.Body, captured.Body), date.Parameters);
    }

    private static Expression<Func<T, bool>> In<T>(Expression<Func<T, int>> id, IReadOnlyList<int> ids, bool inside)
    {
        Expression<Func<int, bool>> contains = x => ids.Contains(x);
        var body = ReplacingExpressionVisitor.Replace(contains.Parameters[0], id.Body, contains.Body);
        return Expression.Lambda<Func<T, bool>>(inside ? body : Expression.Not(body), id.Parameters);
    }
}
