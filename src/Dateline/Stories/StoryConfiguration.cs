using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Stories;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> story)
    {
        story.Property(s => s.Slug).HasMaxLength(200);
        story.Property(s => s.Title).HasMaxLength(500);
        story.Property(s => s.Summary).HasMaxLength(4000);
        story.Ignore(s => s.Url);
        story.HasIndex(s => s.Slug).IsUnique();
    }
}
