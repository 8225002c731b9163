using Microsoft.EntityFrameworkCore;

namespace Dateline.Data;

public sealed class PostgresDatelineDb(DbContextOptions<PostgresDatelineDb> options) : DatelineDb(options)
{
    /// <summary>
    /// The full-text column PostgreSQL keeps in step with every insert and update of an article (see Search/), with its
    /// GIN index: made by the migrations and kept out of the model since SearchTextOutsideModel, because EF selects every
    /// mapped column of an article and would carry the whole vector to every article read. Only the search engine's SQL
    /// reads it; SearchColumnsTests checks it is there.
    /// </summary>
    public const string SearchVector = "SearchVector";
}
