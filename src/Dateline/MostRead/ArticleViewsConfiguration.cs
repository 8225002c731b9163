using Dateline.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.MostRead;

internal sealed class ArticleViewsConfiguration : IEntityTypeConfiguration<ArticleViews>
{
    public void Configure(EntityTypeBuilder<ArticleViews> views)
    {
        views.HasKey(v => new { v.ArticleId, v.Hour });
        // "Most read in the last day / week": one range of hours, views read from the index.
        views.HasIndex(v => new { v.Hour, v.ArticleId, v.Views });
        views.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
