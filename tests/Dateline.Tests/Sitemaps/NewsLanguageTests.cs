using Dateline.Sitemaps;

namespace Dateline.Tests.Sitemaps;

public sealed class NewsLanguageTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("PS", "ps")]
    [InlineData("prs-AF", "prs")]
    [InlineData("zh-Hans", "zh-cn")]
    [InlineData("zh-Hant-TW", "zh-tw")]
    [InlineData("zh_HK", "zh-tw")]
    public void News_sitemap_language_is_the_ISO_639_code_Google_News_expects(string stored, string expected) =>
        Assert.Equal(expected, NewsSitemap.Language(stored));

    [Theory]
    [InlineData("articles-2026-11.xml", true)]
    [InlineData("articles-2026-11-2.xml", true)]
    [InlineData("tags-12.xml", true)]
    [InlineData("articles-2026-11-1.xml", false)]
    [InlineData("articles-2026-11-02.xml", false)]
    [InlineData("articles-2026-00.xml", false)]
    [InlineData("Tags.xml", false)]
    [InlineData("tags.xml.gz", false)]
    public void A_sitemap_file_has_exactly_one_name(string name, bool valid)
    {
        var file = SitemapFile.Parse(name);
        Assert.Equal(valid, file is not null);
        Assert.True(file is null || file.Name == name);
    }
}
