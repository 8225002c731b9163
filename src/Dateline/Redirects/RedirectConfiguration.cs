using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Redirects;

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> redirect)
    {
        redirect.Property(r => r.FromPath).HasMaxLength(Redirect.MaxPathLength);
        redirect.Property(r => r.ToPath).HasMaxLength(Redirect.MaxPathLength);
        redirect.HasIndex(r => r.FromPath).IsUnique();
    }
}
