using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Articles;

internal sealed class BylineConfiguration : IEntityTypeConfiguration<Byline>
{
    public void Configure(EntityTypeBuilder<Byline> byline)
    {
        byline.HasKey(b => new { b.ArticleId, b.AuthorId });
        byline.HasIndex(b => new { b.AuthorId, b.ArticleId });
        byline.HasOne(b => b.Author).WithMany().HasForeignKey(b => b.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}
