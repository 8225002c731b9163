using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dateline.Data;

public sealed class SqliteDatelineDb(DbContextOptions<SqliteDatelineDb> options) : DatelineDb(options)
{
    /// <summary>
    /// What the FTS5 table "ArticleSearch" indexes: the headline, standfirst and body with Arabic-script spellings folded
    /// (ArabicScript), as virtual generated columns of Articles (migration SearchFolding). FTS5 reads them for its
    /// triggers, for 'rebuild' and for snippets, so the index and its extracts always see the same folded text.
    /// </summary>
    /// <remarks>
    /// Kept out of the model (migration SearchTextOutsideModel): EF selects every mapped column of an article, and SQLite
    /// compiled the three folding expressions into each such statement: about 0.2 ms of the article query's 0.3 ms of
    /// preparation, on every render. A migration in which EF rebuilds Articles would leave them out, as it no longer
    /// knows them; SearchColumnsTests fails if that ever happens.
    /// </remarks>
    public static readonly string[] SearchColumns = ["SearchHeadline", "SearchStandfirst", "SearchBody"];

    /// <summary>The column each of <see cref="SearchColumns"/> folds, at the same place.</summary>
    public static readonly string[] SearchSources = ["Headline", "Standfirst", "BodyText"];

    // SQLite keeps no time zone: values are written as UTC (local times converted, unmarked ones taken as UTC,
    // which PostgreSQL would refuse) and every value read back is marked UTC.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
