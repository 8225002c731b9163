using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Tests.Data;

[Collection(DemoSiteCollection.Name)]
public sealed class ConcurrencyTests(AppFixture site)
{
    [Fact]
    public async Task A_save_of_a_stale_article_is_refused_and_the_first_edit_survives()
    {
        await using var first = site.Services.CreateAsyncScope();
        await using var second = site.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<DatelineDb>();
        var secondDb = second.ServiceProvider.GetRequiredService<DatelineDb>();
        var id = await firstDb.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var mine = await firstDb.Articles.SingleAsync(a => a.Id == id);
        var theirs = await secondDb.Articles.SingleAsync(a => a.Id == id);
        var original = mine.Standfirst;
        var versionBefore = mine.Version;

        mine.Standfirst = "First editor's standfirst";
        await firstDb.SaveChangesAsync();
        theirs.Standfirst = "Second editor's stale standfirst";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());

        var stored = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal("First editor's standfirst", stored.Standfirst);
        Assert.Equal(versionBefore + 1, stored.Version);

        mine.Standfirst = original;
        await firstDb.SaveChangesAsync();
    }
}
