using Dateline.Articles;
using Dateline.Search;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Dateline.Data;

public sealed class PostgresDatelineDb(DbContextOptions<PostgresDatelineDb> options) : DatelineDb(options)
{
    /// <summary>The full-text column PostgreSQL keeps in step with every insert and update of an article (see Search/).</summary>
    public const string SearchVector = "SearchVector";

    // English articles are stemmed; any other language is indexed word for word rather than with English rules.
    // Arabic-script text is folded first (ArabicScript), as every query is.
    private const string Language = """CASE WHEN "Language" = 'en' OR "Language" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END""";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        var article = modelBuilder.Entity<Article>();
        article.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql(
            $"""
            setweight(to_tsvector({Language}, {ArabicScript.PostgresSql("\"Headline\"")}), 'A')
            || setweight(to_tsvector({Language}, {ArabicScript.PostgresSql("\"Standfirst\"")}), 'B')
            || setweight(to_tsvector({Language}, {ArabicScript.PostgresSql("\"BodyText\"")}), 'C')
            """,
            stored: true);
        article.HasIndex(SearchVector).HasMethod("GIN");
    }
}
