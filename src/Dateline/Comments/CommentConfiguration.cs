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
        comment.Property(c => c.IpHash).HasMaxLength(64);
        comment.Property(c => c.ModerationNote).HasMaxLength(300);
        comment.Property(c => c.StaffUserId).HasMaxLength(450);
        comment.HasIndex(c => new { c.ArticleId, c.Status, c.CreatedAt });
        // The moderation queue's tabs, newest first, and "has this address an approved comment already?".
        comment.HasIndex(c => new { c.Status, c.CreatedAt });
        comment.HasIndex(c => new { c.AuthorEmail, c.Status });
        // The retention sweep that forgets hashed addresses.
        comment.HasIndex(c => new { c.CreatedAt, c.IpHash });
        comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
