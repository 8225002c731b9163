using Dateline.Articles;

namespace Dateline.Tests.Articles;

public sealed class ExcerptTests
{
    [Fact]
    public void Plain_text_keeps_what_looks_like_markup_or_entities()
    {
        // Article.BodyText is already decoded: a second decoding or tag stripping would change what the writer wrote.
        Assert.Equal("Rates rose 3 < 5 points, Smith &amp; Sons said…", Excerpt.FromText("Rates rose 3 < 5 points, Smith &amp; Sons said. More follows here.", 10));
    }

    [Fact]
    public void Html_excerpt_drops_markup_and_decodes_entities()
    {
        Assert.Equal("Smith & Sons said…", Excerpt.FromHtml("<p>Smith &amp; <b>Sons</b> said.</p><p>More.</p>", 4));
    }
}
