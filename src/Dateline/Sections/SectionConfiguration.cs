using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Sections;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.Property(s => s.Slug).HasMaxLength(200);
        section.Property(s => s.Name).HasMaxLength(200);
        section.Property(s => s.Description).HasMaxLength(2000);
        section.Property(s => s.Path).HasMaxLength(1000);
        section.Ignore(s => s.Url);
        section.Property(s => s.EditionId).HasDefaultValue(Editions.Edition.DefaultId);
        section.HasIndex(s => new { s.EditionId, s.Path }).IsUnique();
        section.HasOne<Editions.Edition>().WithMany().HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Restrict);
        section.HasIndex(s => new { s.ParentId, s.Slug }).IsUnique();
        section.HasOne(s => s.Parent).WithMany(s => s.Children).HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
