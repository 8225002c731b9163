using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dateline.Data;

public sealed class SqliteDatelineDb(DbContextOptions<SqliteDatelineDb> options) : DatelineDb(options)
{
    /// <summary>
    /// What the FTS5 table "ArticleSearch" indexes: the headline, standfirst and body with Arabic-script spellings folded
    /// (ArabicScript), as virtual generated columns of Articles. FTS5 reads them for its triggers, for 'rebuild' and
    /// for snippets, so the index and its extracts always see the same folded text.
    /// </summary>
    public static readonly string[] SearchColumns = ["SearchHeadline", "SearchStandfirst", "SearchBody"];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        var article = modelBuilder.Entity<Articles.Article>();
        string[] sources = ["\"Headline\"", "\"Standfirst\"", "\"BodyText\""];
        for (var i = 0; i < SearchColumns.Length; i++)
        {
            article.Property<string>(SearchColumns[i]).HasComputedColumnSql(Search.ArabicScript.SqliteSql(sources[i]), stored: false);
        }
    }

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
