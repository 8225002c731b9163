using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Newsroom;

internal sealed class NewsroomUserConfiguration : IEntityTypeConfiguration<NewsroomUser>
{
    public void Configure(EntityTypeBuilder<NewsroomUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.HasOne(u => u.Author).WithMany().HasForeignKey(u => u.AuthorId).OnDelete(DeleteBehavior.SetNull);
        user.HasIndex(u => u.AuthorId);
    }
}
