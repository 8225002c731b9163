using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.StaticPages;

internal sealed class StaticPageConfiguration : IEntityTypeConfiguration<StaticPage>
{
    public void Configure(EntityTypeBuilder<StaticPage> page)
    {
        page.Property(p => p.Slug).HasMaxLength(200);
        page.Property(p => p.Title).HasMaxLength(500);
        page.Ignore(p => p.Url);
        page.HasIndex(p => p.Slug).IsUnique();
    }
}
