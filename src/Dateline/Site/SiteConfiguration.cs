using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Site;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> settings)
    {
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.Name).HasMaxLength(200);
        settings.Property(s => s.Tagline).HasMaxLength(500);
        settings.Property(s => s.Language).HasMaxLength(20);
        settings.Property(s => s.TimeZone).HasMaxLength(100);
        settings.Property(s => s.CommentHoldKeys).HasMaxLength(20000);
        settings.Property(s => s.CommentSpamKeys).HasMaxLength(20000);
        settings.Property(s => s.CommentIpSalt).HasMaxLength(100);
        settings.HasOne(s => s.Logo).WithMany().HasForeignKey(s => s.LogoId).OnDelete(DeleteBehavior.SetNull);
        settings.HasMany(s => s.Menu).WithOne().HasForeignKey(m => m.SiteSettingsId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> item)
    {
        item.Property(m => m.Label).HasMaxLength(200);
        item.Property(m => m.Url).HasMaxLength(1000);
        item.Property(m => m.EditionId).HasDefaultValue(Editions.Edition.DefaultId);
        item.HasOne<Editions.Edition>().WithMany().HasForeignKey(m => m.EditionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BreakingNewsConfiguration : IEntityTypeConfiguration<BreakingNews>
{
    public void Configure(EntityTypeBuilder<BreakingNews> item)
    {
        item.Property(b => b.Text).HasMaxLength(500);
        item.Property(b => b.Url).HasMaxLength(1000);
        item.HasIndex(b => b.StartsAt);
    }
}
