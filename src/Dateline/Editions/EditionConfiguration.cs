using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Editions;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> edition)
    {
        edition.Property(e => e.Id).ValueGeneratedNever();
        edition.Property(e => e.Key).HasMaxLength(20);
        edition.Property(e => e.Culture).HasMaxLength(20);
        edition.Property(e => e.UrlPrefix).HasMaxLength(50);
        edition.Property(e => e.Name).HasMaxLength(100);
        edition.Ignore(e => e.CultureInfo);
        edition.Ignore(e => e.Dir);
        edition.Ignore(e => e.Language);
        edition.HasIndex(e => e.Key).IsUnique();
        edition.HasIndex(e => e.UrlPrefix).IsUnique();
        // Every existing row (articles, sections, menu items) moves into this one when the migration runs.
        edition.HasData(Edition.English());
    }
}
