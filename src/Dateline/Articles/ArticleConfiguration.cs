using Dateline.Editions;
using Dateline.Sections;
using Dateline.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Slug).HasMaxLength(200);
        article.Property(a => a.Headline).HasMaxLength(500);
        article.Property(a => a.Standfirst).HasMaxLength(2000);
        article.Property(a => a.DatelinePlace).HasMaxLength(100);
        article.Property(a => a.SourceAttribution).HasMaxLength(300);
        article.Property(a => a.Language).HasMaxLength(20);
        article.Property(a => a.SeoTitle).HasMaxLength(300);
        article.Property(a => a.SeoDescription).HasMaxLength(500);
        article.Property(a => a.CreatedById).HasMaxLength(450);
        article.Property(a => a.Version).IsConcurrencyToken();
        article.Ignore(a => a.Path);
        article.Ignore(a => a.TranslationGroup);
        // Raw inserts (the WordPress import, bulk demo writers) name no edition: they land in the default one.
        article.Property(a => a.EditionId).HasDefaultValue(Edition.DefaultId);

        article.HasIndex(a => a.Slug).IsUnique();
        // Every reader list is "published, newest first"; this index serves it without a sort.
        article.HasIndex(a => new { a.Status, a.PublishedAt, a.Id });
        // A story page lists its edition's published articles in order: every condition is in the key, so no other index looks better.
        // Partial (most articles belong to no story): SQLite's statistics would otherwise count the NULLs as one huge key
        // and judge the index useless for every story.
        article.HasIndex(a => new { a.StoryId, a.EditionId, a.Status, a.PublishedAt, a.Id }).HasFilter("\"StoryId\" IS NOT NULL");
        article.HasIndex(a => new { a.PrimarySectionId, a.Status, a.PublishedAt, a.Id });
        // An edition's own lists (home, feeds, sitemaps) read its newest published articles. UpdatedAt, last, lets the
        // sitemap index sum up each month (count and last change) from the index alone, never reading article rows.
        article.HasIndex(a => new { a.EditionId, a.Status, a.PublishedAt, a.Id, a.UpdatedAt });
        // Partial, for the same reason: nearly every article is an original.
        article.HasIndex(a => a.TranslationOfId).HasFilter("\"TranslationOfId\" IS NOT NULL");
        // The scheduler's one query: what is due.
        article.HasIndex(a => new { a.Status, a.ScheduledFor });
        // The dashboard's "my drafts".
        article.HasIndex(a => new { a.CreatedById, a.Status });

        article.HasOne(a => a.PrimarySection).WithMany().HasForeignKey(a => a.PrimarySectionId).OnDelete(DeleteBehavior.Restrict);
        article.HasOne(a => a.FeaturedImage).WithMany().HasForeignKey(a => a.FeaturedImageId).OnDelete(DeleteBehavior.SetNull);
        article.HasOne(a => a.SocialImage).WithMany().HasForeignKey(a => a.SocialImageId).OnDelete(DeleteBehavior.SetNull);
        article.HasOne(a => a.Edition).WithMany().HasForeignKey(a => a.EditionId).OnDelete(DeleteBehavior.Restrict);
        // Deleting the original leaves its translations standing, each then an original of its own.
        article.HasOne(a => a.TranslationOf).WithMany().HasForeignKey(a => a.TranslationOfId).OnDelete(DeleteBehavior.SetNull);
        article.HasOne(a => a.Story).WithMany().HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.SetNull);
        article.HasMany(a => a.Comments).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Corrections).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Bylines).WithOne(b => b.Article).HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);

        article.HasMany(a => a.Sections).WithMany().UsingEntity<Dictionary<string, object>>(
            "ArticleSection",
            join => join.HasOne<Section>().WithMany().HasForeignKey("SectionId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasOne<Article>().WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey("ArticleId", "SectionId");
                join.HasIndex("SectionId", "ArticleId");
            });
        article.HasMany(a => a.Tags).WithMany().UsingEntity<Dictionary<string, object>>(
            "ArticleTag",
            join => join.HasOne<Tag>().WithMany().HasForeignKey("TagId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasOne<Article>().WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey("ArticleId", "TagId");
                join.HasIndex("TagId", "ArticleId");
            });
    }
}
