using Dateline.Articles;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Dateline.Data;

public sealed class PostgresDatelineDb(DbContextOptions<PostgresDatelineDb> options) : DatelineDb(options)
{
    /// <summary>The full-text column PostgreSQL keeps in step with every insert and update of an article (see Search/).</summary>
    public const string SearchVector = "SearchVector";

    // English articles are stemmed; any other language is indexed word for word rather than with English rules.
    private const string Language = """CASE WHEN "Language" = 'en' OR "Language" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END""";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        var article = modelBuilder.Entity<Article>();
        article.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql(
            $"""
            setweight(to_tsvector({Language}, coalesce("Headline", '')), 'A')
            || setweight(to_tsvector({Language}, coalesce("Standfirst", '')), 'B')
            || setweight(to_tsvector({Language}, coalesce("BodyText", '')), 'C')
            """,
            stored: true);
        article.HasIndex(SearchVector).HasMethod("GIN");
    }
}
