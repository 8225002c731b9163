using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Editions;

/// <summary>The demo newsroom's Dari edition at /fa/, beside the English site at the root.</summary>
[Collection(TwoEditionSiteCollection.Name)]
public sealed class DariEditionTests(TwoEditionSite site)
{
    private const string Saffron = "زعفران‌کاران غوریان از برداشت خوب امسال خبر می‌دهند";

    private Task<string> PathOfAsync(string slug) =>
        site.WithDbAsync(async db => (await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == slug)).Path);

    [Fact]
    public async Task The_dari_home_page_is_right_to_left_and_lists_only_dari_articles()
    {
        var page = await site.Client.GetPageAsync("/fa/");

        Assert.Equal("fa-AF", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var headlines = page.QuerySelectorAll("main h3").Select(h => h.Text()).ToList();
        Assert.Contains(Saffron, headlines);
        Assert.DoesNotContain(headlines, h => h.Any(char.IsAsciiLetter));
    }

    [Fact]
    public async Task The_english_home_page_keeps_its_language_and_lists_no_dari_article()
    {
        var page = await site.Client.GetPageAsync("/");

        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.DoesNotContain(page.QuerySelectorAll("main h3"), h => h.Text() == Saffron);
    }

    [Fact]
    public async Task The_edition_prefix_alone_leads_to_its_home_page()
    {
        var response = await site.Client.GetAsync("/fa");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/fa/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Links_and_forms_on_a_dari_page_stay_in_the_dari_edition()
    {
        var page = await site.Client.GetPageAsync("/fa/");

        Assert.Equal("/fa/search", page.QuerySelector("form.search-form")!.GetAttribute("action"));
        Assert.Equal("/fa/", page.QuerySelector(".site-name a")!.GetAttribute("href"));
        var menu = page.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/fa/category/eqtesad", menu);
        Assert.All(page.QuerySelectorAll("main a[href^='/']"), a => Assert.StartsWith("/fa/", a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_dari_article_answers_under_the_prefix_and_its_root_address_leads_there()
    {
        var path = await PathOfAsync("ghoryan-zafaran-bardasht");

        var page = await site.Client.GetPageAsync("/fa" + path);
        Assert.Equal(Saffron, page.QuerySelector("h1")!.Text());
        Assert.Equal("fa-AF", page.QuerySelector("article")!.GetAttribute("lang"));
        Assert.False(page.QuerySelector("article")!.HasAttribute("dir"));

        var moved = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.EndsWith(Uri.EscapeDataString("/fa" + path).Replace("%2F", "/"), moved.Headers.Location!.AbsoluteUri);
    }

    [Fact]
    public async Task An_english_article_asked_for_under_the_dari_prefix_leads_to_its_english_address()
    {
        var path = await PathOfAsync("kabul-lpg-prices-jump-ahead-of-winter");

        var moved = await site.Client.GetAsync("/fa" + path);

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal(path, moved.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Dari_pages_read_their_labels_from_the_dari_resources_and_english_ones_stay_as_designed()
    {
        var dari = await site.Client.GetPageAsync("/fa" + await PathOfAsync("ghoryan-zafaran-bardasht"));
        var english = await site.Client.GetPageAsync(await PathOfAsync("kabul-lpg-prices-jump-ahead-of-winter"));

        Assert.Equal("دیدگاهی بنویسید", dari.QuerySelector("#reply-title")!.Text());
        Assert.Equal("خانه", dari.QuerySelector(".breadcrumb a")!.Text());
        Assert.Equal("Leave a Reply", english.QuerySelector("#reply-title")!.Text());
        Assert.Equal("Check Also", english.QuerySelector(".check-also h2")?.Text() ?? "Check Also");
    }

    [Fact]
    public async Task Dari_dates_are_solar_hijri_in_persian_digits_with_gregorian_machine_dates()
    {
        var page = await site.Client.GetPageAsync("/fa" + await PathOfAsync("ghoryan-zafaran-bardasht"));
        var time = page.QuerySelector(".published time")!;
        var published = DateTime.Parse(time.GetAttribute("datetime")!, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        var persian = new System.Globalization.PersianCalendar();
        var kabul = TimeZoneInfo.ConvertTimeFromUtc(published, TimeZoneInfo.FindSystemTimeZoneById("Asia/Kabul"));
        string[] months = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"];
        Assert.Contains(months[persian.GetMonth(kabul) - 1], time.Text());
        Assert.Contains(Persian(persian.GetYear(kabul).ToString()), time.Text());
        Assert.DoesNotContain(time.Text(), char.IsAsciiDigit);
        Assert.StartsWith(published.Year.ToString(), time.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Translations_name_each_other_as_reciprocal_hreflang_alternates_with_an_english_default()
    {
        var englishPath = await PathOfAsync("kabul-lpg-prices-jump-ahead-of-winter");
        var dariPath = "/fa" + await PathOfAsync("kabul-gas-mayi-nerkh-zemestan");
        var english = await site.Client.GetPageAsync(englishPath);
        var dari = await site.Client.GetPageAsync(dariPath);

        var fromEnglish = Alternates(english);
        var fromDari = Alternates(dari);
        Assert.Equal(fromEnglish, fromDari);
        Assert.Equal(3, fromEnglish.Count);
        Assert.EndsWith(englishPath, fromEnglish["en"]);
        Assert.EndsWith(Uri.EscapeDataString(dariPath).Replace("%2F", "/"), fromEnglish["fa-AF"]);
        Assert.Equal(fromEnglish["en"], fromEnglish["x-default"]);
        // Each page's canonical address is its own alternate.
        Assert.Equal(english.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), fromEnglish["en"]);
        Assert.Equal(dari.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), fromDari["fa-AF"]);

        var switcher = english.QuerySelector("nav.translations a")!;
        Assert.Equal(("fa-AF", "rtl", "دری"), (switcher.GetAttribute("hreflang"), switcher.GetAttribute("dir"), switcher.Text()));
    }

    [Fact]
    public async Task An_article_without_translations_has_no_alternates()
    {
        var page = await site.Client.GetPageAsync("/fa" + await PathOfAsync("ghoryan-zafaran-bardasht"));

        Assert.Empty(page.QuerySelectorAll("link[hreflang]"));
        Assert.Null(page.QuerySelector("nav.translations"));
    }

    [Fact]
    public async Task Each_edition_has_its_own_feed_and_news_sitemap()
    {
        var dariFeed = XDocument.Parse(await site.Client.GetStringAsync("/fa/feed"));
        var englishFeed = XDocument.Parse(await site.Client.GetStringAsync("/feed"));
        var dariLinks = dariFeed.Descendants("item").Select(i => (string)i.Element("link")!).ToList();

        Assert.NotEmpty(dariLinks);
        Assert.All(dariLinks, link => Assert.Contains("/fa/", link));
        Assert.Equal("fa-AF", (string?)dariFeed.Root!.Element("channel")!.Element("language"));
        Assert.DoesNotContain(englishFeed.Descendants("item"), i => ((string)i.Element("link")!).Contains("/fa/"));

        XNamespace map = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var news = XDocument.Parse(await site.Client.GetStringAsync("/fa/news-sitemap.xml"));
        var locations = news.Descendants(map + "loc").Select(l => l.Value).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, loc => Assert.Contains("/fa/", loc));
    }

    [Fact]
    public async Task Search_in_the_dari_edition_finds_dari_articles_and_counts_in_persian_digits()
    {
        var page = await site.Client.GetPageAsync("/fa/search?q=" + Uri.EscapeDataString("زعفران"));

        Assert.Contains(Saffron, page.QuerySelectorAll(".search-results h3").Select(h => h.Text()));
        // The count through the plural rules: Dari's "one" (0 and 1) and "other" read "{0} نتیجه" alike, in its digits.
        Assert.Equal(Persian(page.QuerySelectorAll(".search-results > li").Length.ToString()) + " نتیجه", page.QuerySelector(".search-count")!.Text());
        var english = await site.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("زعفران"));
        Assert.Empty(english.QuerySelectorAll(".search-results h3"));
    }

    private static Dictionary<string, string> Alternates(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

    private static string Persian(string digits) => new(digits.Select(c => char.IsAsciiDigit(c) ? (char)('۰' + (c - '0')) : c).ToArray());
}
