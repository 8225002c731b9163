using Dateline.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Related;

internal sealed class RelatedArticleConfiguration : IEntityTypeConfiguration<RelatedArticle>
{
    public void Configure(EntityTypeBuilder<RelatedArticle> related)
    {
        related.HasKey(r => new { r.ArticleId, r.RelatedId });
        // The article page's one read: this article's picks in order.
        related.HasIndex(r => new { r.ArticleId, r.Rank });
        // "Which lists show this article?" when it is unpublished or changes.
        related.HasIndex(r => r.RelatedId);
        related.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        related.HasOne<Article>().WithMany().HasForeignKey(r => r.RelatedId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RelatedChoiceConfiguration : IEntityTypeConfiguration<RelatedChoice>
{
    public void Configure(EntityTypeBuilder<RelatedChoice> choice)
    {
        choice.HasKey(c => new { c.ArticleId, c.OtherId });
        choice.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        choice.HasOne<Article>().WithMany().HasForeignKey(c => c.OtherId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleTermConfiguration : IEntityTypeConfiguration<ArticleTerm>
{
    public void Configure(EntityTypeBuilder<ArticleTerm> term)
    {
        term.HasKey(t => new { t.ArticleId, t.Term });
        term.Property(t => t.Term).HasMaxLength(ArticleTerm.MaxTermLength);
        // Candidates: the newest articles sharing a term, one bounded range per term.
        term.HasIndex(t => new { t.Term, t.PublishedAt, t.ArticleId });
        term.HasOne<Article>().WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TermFrequencyConfiguration : IEntityTypeConfiguration<TermFrequency>
{
    public void Configure(EntityTypeBuilder<TermFrequency> frequency)
    {
        frequency.HasKey(f => f.Term);
        frequency.Property(f => f.Term).HasMaxLength(ArticleTerm.MaxTermLength);
    }
}

internal sealed class RelatedRefreshConfiguration : IEntityTypeConfiguration<RelatedRefresh>
{
    public void Configure(EntityTypeBuilder<RelatedRefresh> refresh)
    {
        refresh.HasIndex(r => r.ArticleId);
        refresh.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
