using Dateline.Articles;
using Dateline.Authors;
using Dateline.Comments;
using Dateline.Media;
using Dateline.Newsroom;
using Dateline.Redirects;
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DatelineDb).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpArticleVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpArticleVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
