using System.Net;
using System.Text.Json.Nodes;

namespace Dateline.Tests.Editions;

/// <summary>The WordPress API is per edition: /wp-json/ reads the English site, /fa/wp-json/ the Dari one, never both.</summary>
[Collection(TwoEditionSiteCollection.Name)]
public sealed class EditionApiTests(TwoEditionSite site)
{
    private async Task<JsonArray> ListAsync(string path)
    {
        using var response = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    private static IEnumerable<string> Links(JsonArray items) =>
        items.Select(i => new Uri((string)i!["link"]!).AbsolutePath);

    [Fact]
    public async Task Each_editions_posts_are_its_own_and_link_under_its_prefix()
    {
        var dari = await ListAsync("/fa/wp-json/wp/v2/posts?per_page=100");
        var english = await ListAsync("/wp-json/wp/v2/posts?per_page=100");

        Assert.Contains(Links(dari), l => l.EndsWith("/ghoryan-zafaran-bardasht", StringComparison.Ordinal));
        Assert.All(Links(dari), l => Assert.StartsWith("/fa/", l));
        Assert.DoesNotContain(Links(english), l => l.StartsWith("/fa/", StringComparison.Ordinal) || l.EndsWith("/ghoryan-zafaran-bardasht", StringComparison.Ordinal));
        Assert.Empty(dari.Select(p => (int)p!["id"]!).Intersect(english.Select(p => (int)p!["id"]!)));

        // A Dari post is not found through the English API, and the other way round.
        var dariId = (int)dari[0]!["id"]!;
        var englishId = (int)english[0]!["id"]!;
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/wp-json/wp/v2/posts/{dariId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/fa/wp-json/wp/v2/posts/{englishId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync($"/fa/wp-json/wp/v2/posts/{dariId}")).StatusCode);
    }

    [Fact]
    public async Task Categories_search_and_discovery_follow_the_edition()
    {
        var dariCategories = await ListAsync("/fa/wp-json/wp/v2/categories?per_page=100");
        Assert.Contains(Links(dariCategories), l => l == "/fa/category/eqtesad");
        Assert.All(Links(dariCategories), l => Assert.StartsWith("/fa/", l));
        Assert.DoesNotContain(Links(await ListAsync("/wp-json/wp/v2/categories?per_page=100")), l => l.Contains("eqtesad", StringComparison.Ordinal));

        var found = await ListAsync("/fa/wp-json/wp/v2/search?search=" + Uri.EscapeDataString("زعفران"));
        Assert.NotEmpty(found);
        Assert.All(found, hit => Assert.StartsWith("/fa/", new Uri((string)hit!["url"]!).AbsolutePath));
        Assert.Empty(await ListAsync("/wp-json/wp/v2/search?search=" + Uri.EscapeDataString("زعفران")));

        // WordPress's ?rest_route= form and the discovery link answer in the edition too.
        Assert.All(Links(await ListAsync("/fa/?rest_route=/wp/v2/posts")), l => Assert.StartsWith("/fa/", l));
        using var home = await site.Client.GetAsync("/fa/");
        Assert.Contains(home.Headers.GetValues("Link"), l => l.Contains("/fa/wp-json/>", StringComparison.Ordinal));
    }
}
