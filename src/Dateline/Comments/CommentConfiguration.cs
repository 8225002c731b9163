using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Comments;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    // Limits are WordPress's, so imported comments always fit.
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.Property(c => c.AuthorName).HasMaxLength(245);
        comment.Property(c => c.AuthorEmail).HasMaxLength(100);
        comment.Property(c => c.AuthorUrl).HasMaxLength(200);
        comment.Property(c => c.Body).HasMaxLength(65525);
        comment.Property(c => c.IpAddress).HasMaxLength(45);
        comment.HasIndex(c => new { c.ArticleId, c.Status, c.CreatedAt });
        comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
