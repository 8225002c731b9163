using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.WordPress;

internal sealed class WordPressSourceConfiguration : IEntityTypeConfiguration<WordPressSource>
{
    public void Configure(EntityTypeBuilder<WordPressSource> source)
    {
        source.Property(s => s.SiteUrl).HasMaxLength(300);
        source.Property(s => s.WordPressId).HasMaxLength(100);
        source.Property(s => s.OriginalUrl).HasMaxLength(2000);
        source.HasIndex(s => new { s.SiteUrl, s.Kind, s.WordPressId }).IsUnique();
    }
}
