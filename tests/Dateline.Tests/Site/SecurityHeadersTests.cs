using AngleSharp.Dom;

namespace Dateline.Tests.Site;

[Collection(DemoSiteCollection.Name)]
public sealed class SecurityHeadersTests(AppFixture site)
{
    public static TheoryData<string, string> Responses => new()
    {
        { "GET", "/" },
        { "GET", "/category/world" },
        { "GET", "/no-such-page" },
        { "GET", "/Category/World" },
        { "GET", "/css/site.css" },
        { "GET", "/favicon.svg" },
        { "GET", "/healthz" },
        { "HEAD", "/" },
        { "POST", "/2026/01/01/no-such-article?handler=Comment" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string method, string path)
    {
        using var response = await site.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);

        Assert.True(headers.ContainsKey("Content-Security-Policy"), $"{method} {path} ({(int)response.StatusCode}) has no Content-Security-Policy");
        var policy = Directives(headers["Content-Security-Policy"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.DoesNotContain("unsafe", headers["Content-Security-Policy"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("DENY", headers["X-Frame-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Contains("camera=()", headers["Permissions-Policy"]);
        Assert.Contains("geolocation=()", headers["Permissions-Policy"]);
        Assert.False(headers.ContainsKey("Strict-Transport-Security"), "HSTS is sent only when Dateline:RequireHttps is on.");
        Assert.False(headers.ContainsKey("Server"), "The server does not announce itself.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/category/world")]
    [InlineData("/search?q=kabul")]
    [InlineData("/no-such-page")]
    public async Task Pages_need_nothing_the_policy_forbids(string path)
    {
        var expected = path == "/no-such-page" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
        var page = await site.Client.GetPageAsync(path, expected);
        var article = await site.Client.GetPageAsync(page.QuerySelector("a[href^='/20']")?.GetAttribute("href") ?? "/", HttpStatusCode.OK);

        foreach (var document in new[] { page, article })
        {
            // Scripts come from this site as files; JSON-LD is a data block the browser never runs. Inline script or style would need the policy loosened.
            Assert.Empty(document.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style], iframe, object, embed"));
            Assert.Empty(document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => a.Name));
            Assert.All(Resources(document), url => Assert.True(url.StartsWith('/') && !url.StartsWith("//"), $"{url} is not served by this site"));
        }
    }

    private static IEnumerable<string> Resources(IDocument document) =>
        document.QuerySelectorAll("link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], link[rel~=manifest]").Select(l => l.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("img[src], source[src]").Select(i => i.GetAttribute("src")!))
            .Concat(document.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!))
            .Where(url => !url.StartsWith("#"));

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
}
