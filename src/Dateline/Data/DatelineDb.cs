using Dateline.Articles;
using Dateline.Authors;
using Dateline.Comments;
using Dateline.Editions;
using Dateline.Media;
using Dateline.MostRead;
using Dateline.Newsroom;
using Dateline.Redirects;
using Dateline.Related;
using Dateline.Sections;
using Dateline.Site;
using Dateline.StaticPages;
using Dateline.Stories;
using Dateline.Tags;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Data;

/// <summary>
/// The site's data. One thin subclass per provider (SqliteDatelineDb, PostgresDatelineDb) carries
/// its own migrations; everything else in the app asks for this base type. The newsroom's accounts
/// (ASP.NET Core Identity: users, roles, claims, tokens) live here too.
/// </summary>
public abstract class DatelineDb(DbContextOptions options) : IdentityDbContext<NewsroomUser>(options)
{
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Byline> Bylines => Set<Byline>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<MediaItem> Media => Set<MediaItem>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<StaticPage> StaticPages => Set<StaticPage>();
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();
    public DbSet<MenuItem> MenuItems => Set<MenuItem>();
    public DbSet<BreakingNews> BreakingNews => Set<BreakingNews>();
    public DbSet<RelatedArticle> RelatedArticles => Set<RelatedArticle>();
    public DbSet<RelatedChoice> RelatedChoices => Set<RelatedChoice>();
    public DbSet<ArticleTerm> ArticleTerms => Set<ArticleTerm>();
    public DbSet<TermFrequency> TermFrequencies => Set<TermFrequency>();
    public DbSet<RelatedRefresh> RelatedRefreshes => Set<RelatedRefresh>();
    public DbSet<ArticleViews> ArticleViews => Set<ArticleViews>();
    public DbSet<WordPress.WordPressSource> WordPressSources => Set<WordPress.WordPressSource>();

    /// <summary>Article properties whose change alters what the article is about, or whether readers can see it.</summary>
    private static readonly HashSet<string> Telling =
    [
        nameof(Article.Headline), nameof(Article.Standfirst), nameof(Article.BodyHtml), nameof(Article.Status),
        nameof(Article.PublishedAt), nameof(Article.StoryId), nameof(Article.PrimarySectionId), nameof(Article.Language),
        nameof(Article.DatelinePlace), nameof(Article.FeaturedImageId),
    ];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DatelineDb).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpArticleVersions();
        KeepDiscoveryInStep();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpArticleVersions();
        KeepDiscoveryInStep();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The body's plain text follows its HTML (the full-text index reads it, in this same transaction: SQLite through
    /// triggers, PostgreSQL through a generated column), and every article whose words, tags or visibility changed is
    /// queued for its related lists, again in this transaction. Writers that bypass SaveChanges (bulk SQL) do both themselves.
    /// </summary>
    private void KeepDiscoveryInStep()
    {
        var changed = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        var changedIds = new HashSet<int>();
        foreach (var entry in ChangeTracker.Entries<Article>())
        {
            if (entry.State == EntityState.Added || entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && Telling.Contains(p.Metadata.Name)))
            {
                if (entry.State == EntityState.Added || entry.Property(a => a.BodyHtml).IsModified)
                {
                    entry.Entity.BodyText = ArticleBody.PlainText(entry.Entity.BodyHtml);
                }

                changed.Add(entry.Entity);
            }
        }

        foreach (var entry in ChangeTracker.Entries<Dictionary<string, object>>())
        {
            if (entry.Metadata.Name is "ArticleTag" or "ArticleSection" && entry.State is EntityState.Added or EntityState.Deleted
                && entry.Entity.TryGetValue("ArticleId", out var id) && id is int articleId && articleId > 0)
            {
                changedIds.Add(articleId);
            }
        }

        var now = DateTime.UtcNow;
        foreach (var article in changed)
        {
            changedIds.Remove(article.Id);
            RelatedRefreshes.Add(new RelatedRefresh { Article = article, QueuedAt = now });
        }

        foreach (var id in changedIds)
        {
            RelatedRefreshes.Add(new RelatedRefresh { ArticleId = id, QueuedAt = now });
        }
    }

    // The token is compared against the value that was read, so a second editor saving a stale copy fails.
    private void BumpArticleVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Article>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
