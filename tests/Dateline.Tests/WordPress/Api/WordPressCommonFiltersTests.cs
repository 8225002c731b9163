using System.Text.Json.Nodes;

namespace Dateline.Tests.WordPress.Api;

/// <summary>
/// <c>include</c>, <c>exclude</c>, <c>after</c> and <c>before</c>, which the collections share (ApiFilters), on each one
/// (the imported site has a single picture in its media library, too few to split by date).
/// </summary>
public sealed class WordPressCommonFiltersTests(WordPressApiSite api) : IClassFixture<WordPressApiSite>
{
    [Theory]
    [InlineData("posts")]
    [InlineData("pages")]
    [InlineData("comments")]
    [InlineData("media")]
    [InlineData("categories")]
    [InlineData("tags")]
    [InlineData("users")]
    public async Task Include_and_exclude_keep_and_leave_out_exactly_the_ids_named(string collection)
    {
        var all = Ids((await api.GetAsync($"/wp-json/wp/v2/{collection}?per_page=100")).Array);
        Assert.NotEmpty(all);
        var named = all.Where((_, i) => i % 2 == 0).Take(5).ToList();

        var included = Ids((await api.GetAsync($"/wp-json/wp/v2/{collection}?per_page=100&include={string.Join(',', named)}")).Array);
        Assert.Equal(named.Order(), included.Order());
        var excluded = Ids((await api.GetAsync($"/wp-json/wp/v2/{collection}?per_page=100&exclude={string.Join(',', named)}")).Array);
        Assert.Equal(all.Except(named).Order(), excluded.Order());
    }

    [Theory]
    [InlineData("posts", "date")]
    [InlineData("pages", "date")]
    [InlineData("comments", "date")]
    public async Task After_and_before_split_a_collection_at_a_date(string collection, string field)
    {
        var items = (await api.GetAsync($"/wp-json/wp/v2/{collection}?per_page=100")).Array
            .Select(i => (Id: i!["id"]!.GetValue<int>(), Date: i[field]!.GetValue<string>())).OrderBy(i => i.Date, StringComparer.Ordinal).ToList();
        Assert.True(items.Count >= 2, $"{collection}: too few items to split");
        var middle = items[items.Count / 2].Date;

        var after = Ids((await api.GetAsync($"/wp-json/wp/v2/{collection}?per_page=100&after={middle}")).Array);
        var before = Ids((await api.GetAsync($"/wp-json/wp/v2/{collection}?per_page=100&before={middle}")).Array);
        Assert.Equal(items.Where(i => string.CompareOrdinal(i.Date, middle) > 0).Select(i => i.Id).Order(), after.Order());
        Assert.Equal(items.Where(i => string.CompareOrdinal(i.Date, middle) < 0).Select(i => i.Id).Order(), before.Order());
    }

    private static List<int> Ids(JsonArray items) => items.Select(i => i!["id"]!.GetValue<int>()).ToList();
}
