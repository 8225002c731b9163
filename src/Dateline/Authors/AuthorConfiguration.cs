using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Authors;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> author)
    {
        author.Property(a => a.Slug).HasMaxLength(200);
        author.Property(a => a.Name).HasMaxLength(200);
        author.Property(a => a.JobTitle).HasMaxLength(200);
        author.Property(a => a.Location).HasMaxLength(200);
        author.Property(a => a.Bio).HasMaxLength(4000);
        author.Property(a => a.Links).HasMaxLength(2000);
        author.Ignore(a => a.Url);
        author.HasIndex(a => a.Slug).IsUnique();
        author.HasOne(a => a.Photo).WithMany().HasForeignKey(a => a.PhotoId).OnDelete(DeleteBehavior.SetNull);
    }
}
