using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Articles;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.Property(r => r.SavedById).HasMaxLength(450);
        revision.Property(r => r.SavedByName).HasMaxLength(200);
        revision.Property(r => r.Headline).HasMaxLength(500);
        revision.Property(r => r.Standfirst).HasMaxLength(2000);
        revision.Property(r => r.Slug).HasMaxLength(200);
        revision.Property(r => r.DatelinePlace).HasMaxLength(100);
        revision.Property(r => r.SourceAttribution).HasMaxLength(300);
        revision.Property(r => r.SeoTitle).HasMaxLength(300);
        revision.Property(r => r.SeoDescription).HasMaxLength(500);
        revision.HasIndex(r => new { r.ArticleId, r.Id });
        revision.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
