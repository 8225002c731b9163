using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Media;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> media)
    {
        media.ToTable("Media");
        media.Property(m => m.FilePath).HasMaxLength(500);
        media.Property(m => m.ContentType).HasMaxLength(100);
        media.Property(m => m.AltText).HasMaxLength(1000);
        media.Property(m => m.Caption).HasMaxLength(2000);
        media.Property(m => m.Credit).HasMaxLength(300);
        media.Property(m => m.OriginalFileName).HasMaxLength(255);
        media.Property(m => m.UploadedById).HasMaxLength(450);
        media.Property(m => m.RenditionWidths).HasMaxLength(100);
        media.HasIndex(m => m.CreatedAt);
        media.Ignore(m => m.Url);
        media.HasIndex(m => m.FilePath).IsUnique();
    }
}
