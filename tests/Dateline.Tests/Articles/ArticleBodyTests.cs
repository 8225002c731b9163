using AngleSharp.Dom;
using Dateline.Articles;

namespace Dateline.Tests.Articles;

public sealed class ArticleBodyTests
{
    [Fact]
    public async Task Structure_journalism_needs_survives()
    {
        const string body = """
            <h2>What happened</h2><p>Crews <strong>cleared</strong> the <em>road</em> by <time datetime="2026-11-29">Sunday</time>.</p>
            <ul><li>one</li></ul><ol start="3"><li>three</li></ol>
            <blockquote cite="https://example.org/statement"><p>We are working around the clock.</p></blockquote>
            <figure><img src="/media/2026/11/road.jpg" alt="Road crews at work" width="1200" height="675"><figcaption>Crews at work. <cite>Photo: Staff</cite></figcaption></figure>
            <table><caption>Closures</caption><thead><tr><th scope="col">Place</th></tr></thead><tbody><tr><td colspan="2">Gilgit</td></tr></tbody></table>
            <p><a href="/2026/11/28/earlier-story">Earlier</a> and <a href="https://example.org/report">the report</a>.</p>
            <iframe src="https://www.youtube-nocookie.com/embed/abc123" title="Video of the clearance" width="560" height="315" allowfullscreen></iframe>
            """;
        var clean = await Html.ParseAsync(ArticleBody.Clean(body));

        foreach (var kept in new[] { "h2", "strong", "em", "time[datetime]", "ul li", "ol[start='3']", "blockquote[cite] p", "figure img[alt][width][height]",
                     "figcaption cite", "table caption", "th[scope=col]", "td[colspan='2']", "a[href='/2026/11/28/earlier-story']" })
        {
            Assert.True(clean.QuerySelector(kept) is not null, $"{kept} was removed");
        }

        Assert.Equal("noopener", clean.QuerySelector("a[href^='https://example.org']")!.GetAttribute("rel"));
        Assert.Equal("lazy", clean.QuerySelector("img")!.GetAttribute("loading"));
        var embed = clean.QuerySelector("iframe")!;
        Assert.Equal("https://www.youtube-nocookie.com/embed/abc123", embed.GetAttribute("src"));
        Assert.Contains("allow-scripts", embed.GetAttribute("sandbox"));
        Assert.DoesNotContain("allow-top-navigation", embed.GetAttribute("sandbox"));
    }

    [Theory]
    [InlineData("<p>Hi</p><script>alert(1)</script>")]
    [InlineData("<p>Hi</p><ScRiPt src=//evil.example/x.js></ScRiPt>")]
    [InlineData("<p onclick=\"alert(1)\">Hi</p>")]
    [InlineData("<p>Hi <img src=x onerror=alert(1)></p>")]
    [InlineData("<p><a href=\"javascript:alert(1)\">Hi</a></p>")]
    [InlineData("<p><a href=\"jav&#x09;ascript:alert(1)\">Hi</a></p>")]
    [InlineData("<p><a href=\"data:text/html,<script>alert(1)</script>\">Hi</a></p>")]
    [InlineData("<p>Hi</p><svg><script>alert(1)</script></svg>")]
    [InlineData("<p>Hi</p><iframe src=\"https://evil.example/embed\"></iframe>")]
    [InlineData("<p>Hi</p><iframe src=\"http://www.youtube-nocookie.com/embed/x\"></iframe>")]
    [InlineData("<p>Hi</p><iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    [InlineData("<p>Hi</p><object data=\"x.swf\"></object><embed src=\"x.swf\">")]
    [InlineData("<p>Hi</p><style>body{display:none}</style>")]
    [InlineData("<p style=\"position:fixed;inset:0\">Hi</p>")]
    [InlineData("<p>Hi</p><form action=\"https://evil.example\"><input name=password></form>")]
    [InlineData("<p>Hi</p><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">")]
    [InlineData("<p>Hi</p><base href=\"https://evil.example/\">")]
    public void Anything_that_could_run_or_take_over_the_page_is_removed(string hostile)
    {
        var clean = ArticleBody.Clean(hostile);

        Assert.Contains("Hi", clean);
        foreach (var danger in new[] { "<script", "alert(", "javascript:", "onclick", "onerror", "evil.example", "<style", "style=", "<object", "<embed", "<form", "<meta", "<base", "srcdoc", "data:" })
        {
            Assert.DoesNotContain(danger, clean, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("<p>A <img src=\"https://tracker.example/pixel.gif\" alt=\"\"> B</p>")]
    [InlineData("<p>A <img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\"> B</p>")]
    [InlineData("<p>A <img src=\"/media/../appsettings.json\" alt=\"\"> B</p>")]
    [InlineData("<p>A <img src=\"/media/%2E%2E/appsettings.json\" alt=\"\"> B</p>")]
    [InlineData("<p>A <img src=\"/media/..\\appsettings.json\" alt=\"\"> B</p>")]
    [InlineData("<p>A <img src=\"/css/site.css\" alt=\"\"> B</p>")]
    public void Images_come_only_from_the_media_library(string body)
    {
        var clean = ArticleBody.Clean(body);

        Assert.DoesNotContain("<img", clean);
        Assert.Contains("A", clean);
        Assert.Contains("B", clean);
    }

    [Fact]
    public async Task Unknown_wrappers_keep_their_text_and_page_ids_cannot_be_claimed()
    {
        var clean = await Html.ParseAsync(ArticleBody.Clean("<h1>Second headline</h1><center><font color=red>Old markup</font></center><p id=\"main\" class=\"skip-link\">Text</p>"));

        Assert.Empty(clean.QuerySelectorAll("h1, center, font, [id], [class]"));
        Assert.Contains("Second headline", clean.Body!.TextContent);
        Assert.Contains("Old markup", clean.Body.TextContent);
    }

    [Fact]
    public async Task Broken_markup_comes_out_well_formed()
    {
        var clean = ArticleBody.Clean("<p>Open <strong>bold <em>both</p><ul><li>one<li>two</ul><table><td>cell");
        var document = await Html.ParseAsync(clean);

        Assert.Equal(2, document.QuerySelectorAll("li").Length);
        Assert.Equal(clean, ArticleBody.Clean(clean));
    }

    [Fact]
    public void Oversize_body_is_refused_with_a_clear_message_not_cut()
    {
        var body = "<p>" + new string('x', ArticleBody.MaxLength) + "</p>";

        var refused = Assert.Throws<ArgumentException>(() => ArticleBody.Clean(body));
        Assert.Contains("limit", refused.Message);
    }

    [Fact]
    public async Task Many_writers_clean_at_once_without_interfering()
    {
        var bodies = Enumerable.Range(0, 200).Select(i => $"<p>Story {i}<script>alert({i})</script></p>").ToList();

        var cleaned = await Task.WhenAll(bodies.Select(b => Task.Run(() => ArticleBody.Clean(b))));

        Assert.All(cleaned.Select((c, i) => (c, i)), pair => Assert.Equal($"<p>Story {pair.i}</p>", pair.c));
    }
}
