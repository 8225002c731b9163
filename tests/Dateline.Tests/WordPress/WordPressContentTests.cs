using AngleSharp.Dom;
using Dateline.WordPress;

namespace Dateline.Tests.WordPress;

/// <summary>Blocks and shortcodes become plain, clean HTML; classic bodies get wpautop's paragraphs.</summary>
public sealed class WordPressContentTests
{
    private static string Convert(string content) =>
        WordPressContent.ToHtml(content, url => url.EndsWith("river.jpg", StringComparison.Ordinal) ? "/media/2024/03/river.jpg" : null,
            id => id == "9" ? "/media/2024/03/river.jpg" : null);

    [Fact]
    public async Task Block_comments_go_and_their_html_stays()
    {
        var html = Convert("<!-- wp:paragraph -->\n<p>Opening.</p>\n<!-- /wp:paragraph -->\n<!-- wp:latest-posts /-->\n<!-- wp:html --><script>alert(1)</script><!-- /wp:html -->");

        var document = await Html.ParseAsync(html);
        Assert.DoesNotContain("wp:", html);
        Assert.Equal("Opening.", document.QuerySelector("p")!.TextContent);
        Assert.Null(document.QuerySelector("script"));
    }

    [Fact]
    public async Task Caption_becomes_a_figure_with_its_caption()
    {
        var html = Convert("""[caption id="attachment_9" width="300"]<img src="https://old.example/wp-content/uploads/river.jpg" alt="The river" /> The river at dawn[/caption]""");

        var figure = (await Html.ParseAsync(html)).QuerySelector("figure")!;
        Assert.Equal("/media/2024/03/river.jpg", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("The river at dawn", figure.QuerySelector("figcaption")!.TextContent.Trim());
    }

    [Fact]
    public async Task Picture_not_in_the_library_becomes_a_link_to_where_it_is()
    {
        var html = Convert("""<p><img src="https://old.example/wp-content/uploads/elsewhere.jpg" alt="Elsewhere"></p>""");

        var link = (await Html.ParseAsync(html)).QuerySelector("a")!;
        Assert.Equal("https://old.example/wp-content/uploads/elsewhere.jpg", link.GetAttribute("href"));
        Assert.Equal("Elsewhere", link.TextContent);
    }

    [Fact]
    public async Task Embeds_video_audio_and_gallery_become_players_links_and_figures()
    {
        var html = Convert("""
            [embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]

            [video src="https://old.example/clip.mp4"]

            [audio mp3="https://old.example/interview.mp3"][/audio]

            [gallery ids="9,10"]
            """);

        var document = await Html.ParseAsync(html);
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", document.QuerySelector("iframe")!.GetAttribute("src"));
        var links = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://old.example/clip.mp4", links);
        Assert.Contains("https://old.example/interview.mp3", links);
        Assert.Equal("/media/2024/03/river.jpg", document.QuerySelector("figure img")!.GetAttribute("src"));
        Assert.DoesNotContain("[", html);
    }

    [Fact]
    public async Task Classic_body_gets_paragraphs_and_line_breaks()
    {
        var html = Convert("First paragraph,\nwith a line break.\n\nSecond with <em>emphasis</em>.\n\n<blockquote>A quote.</blockquote>");

        var document = await Html.ParseAsync(html);
        var paragraphs = document.QuerySelectorAll("body > p").ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.NotNull(paragraphs[0].QuerySelector("br"));
        Assert.Equal("emphasis", paragraphs[1].QuerySelector("em")!.TextContent);
        Assert.NotNull(document.QuerySelector("body > blockquote"));
    }

    [Fact]
    public void Comment_html_becomes_plain_paragraphs()
    {
        Assert.Equal("Hello <world> & all\n\nSecond", WordPressContent.CommentText("<p>Hello &lt;world&gt; &amp; <b>all</b></p><p>Second</p>"));
    }
}
