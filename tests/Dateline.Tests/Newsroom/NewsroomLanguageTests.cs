using System.Net.Http.Headers;
using Dateline.Newsroom;
using static Dateline.Tests.Newsroom.Comments.QueueComments;

namespace Dateline.Tests.Newsroom;

/// <summary>The newsroom's own language: chosen per member by a cookie, Dari right to left, the reader pages untouched.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class NewsroomLanguageTests(NewsroomSite site)
{
    private async Task<NewsroomSession> DariAsync(string role)
    {
        var session = await site.SignInAsync(role);
        var chosen = await session.ChooseLanguageAsync("fa-AF");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        return session;
    }

    [Theory]
    [InlineData("/admin", "پیشخوان")]
    [InlineData("/admin/articles", "مقاله‌ها")]
    [InlineData("/admin/articles/new", "مقالهٔ تازه")]
    [InlineData("/admin/comments", "دیدگاه‌ها")]
    [InlineData("/admin/desk", "میز خبر")]
    [InlineData("/admin/desk/sections", "بخش‌ها")]
    [InlineData("/admin/desk/tags", "برچسب‌ها")]
    [InlineData("/admin/settings", "تنظیمات")]
    [InlineData("/admin/users", "کاربران")]
    public async Task Choosing_Dari_turns_the_newsroom_right_to_left_with_Dari_headings(string path, string heading)
    {
        using var admin = await DariAsync(NewsroomRoles.Administrator);
        var (response, page) = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fa-AF", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(heading, page.QuerySelector("h1")!.Text());
        Assert.StartsWith(heading + " - ", page.Title);
        Assert.Equal("fa-AF", page.QuerySelector("#newsroom-language option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task English_stays_the_default_with_its_exact_words()
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var (_, page) = await admin.GetAsync("/admin");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Dashboard", page.QuerySelector("h1")!.Text());
        Assert.Equal("en", page.QuerySelector("#newsroom-language option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_choice_is_a_year_long_HttpOnly_Lax_cookie_for_the_newsroom_only_and_sends_the_member_back()
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Editor);
        var response = await admin.ChooseLanguageAsync("fa-AF", "/admin/articles?q=x");

        Assert.Equal("/admin/articles?q=x", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(NewsroomLanguages.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("c%3Dfa-AF%7Cuic%3Dfa-AF", cookie);
        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/admin")]
    [InlineData("//evil.example/admin")]
    [InlineData("/2026/01/01/not-the-newsroom")]
    public async Task The_way_back_never_leaves_the_newsroom(string returnUrl)
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Editor);
        var (response, _) = await admin.PostAsync("/admin", "/admin/language", [new("culture", "fa-AF"), new("returnUrl", returnUrl)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unoffered_language_is_refused_and_the_choice_kept()
    {
        using var admin = await DariAsync(NewsroomRoles.Editor);
        var (refused, _) = await admin.PostAsync("/admin", "/admin/language", [new("culture", "de-DE"), new("returnUrl", "/admin")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var (_, page) = await admin.GetAsync("/admin");
        Assert.Equal("fa-AF", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Choosing_without_the_antiforgery_token_is_refused()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site.BaseAddress };
        var response = await client.PostAsync("/admin/language", new FormUrlEncodedContent([new("culture", "fa-AF")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(NewsroomLanguages.CookieName, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("c=de|uic=de")]
    [InlineData("c=xx-nope|uic=xx-nope")]
    [InlineData("garbage")]
    [InlineData("c=|uic=")]
    public async Task An_unsupported_or_malformed_cookie_is_ignored_never_an_error(string value)
    {
        var page = await SignInPageAsync(request => request.Headers.Add("Cookie", $"{NewsroomLanguages.CookieName}={Uri.EscapeDataString(value)}"));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in to the newsroom", page.QuerySelector("h1")!.Text());
    }

    [Theory]
    [InlineData("fa-AF,en;q=0.5", "fa-AF")]
    [InlineData("fa", "fa-AF")]
    [InlineData("de-DE, fr;q=0.9", "en")]
    [InlineData("de, fa-AF;q=0.3", "fa-AF")]
    [InlineData("en-GB, fa;q=0.8", "en")]
    [InlineData("fa;q=0, en;q=0.1", "en")]
    [InlineData(";;;===", "en")]
    public async Task A_first_visit_follows_the_browsers_languages_among_those_offered(string acceptLanguage, string expected)
    {
        var page = await SignInPageAsync(request => request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage));

        Assert.Equal(expected, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_cookie_outweighs_the_browsers_languages()
    {
        var page = await SignInPageAsync(request =>
        {
            request.Headers.Add("Cookie", $"{NewsroomLanguages.CookieName}={Uri.EscapeDataString("c=en|uic=en")}");
            request.Headers.TryAddWithoutValidation("Accept-Language", "fa-AF");
        });

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Reader_pages_keep_their_editions_language_whatever_the_newsroom_cookie_says()
    {
        var page = await GetAsync("/", request => request.Headers.Add("Cookie", $"{NewsroomLanguages.CookieName}={Uri.EscapeDataString("c=fa-AF|uic=fa-AF")}"));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task Sign_in_errors_come_back_in_Dari()
    {
        var session = new NewsroomSession(site.BaseAddress);
        await session.ChooseLanguageAsync("fa-AF", "/admin/sign-in");
        var (response, page) = await session.PostAsync("/admin/sign-in", "/admin/sign-in", [new("Input.Email", ""), new("Input.Password", "")]);

        Assert.Equal("fa-AF", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("مشکلی هست", page.QuerySelector(".error-summary h2")!.Text());
        Assert.Contains("لطفاً آدرس ایمیل خود را بدهید.", page.QuerySelectorAll(".error-summary li").Select(li => li.Text()));
        Assert.Equal("ورود به اتاق خبر", page.QuerySelector("h1")!.Text());
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_refused_desk_form_shows_Dari_errors_and_keeps_what_was_typed()
    {
        using var admin = await DariAsync(NewsroomRoles.Administrator);
        var (response, page) = await admin.PostAsync("/admin/desk/stories/new", "/admin/desk/stories/new", [new("Input.Title", ""), new("Input.Slug", "kept-slug")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("لطفاً عنوان پرونده را بدهید.", page.QuerySelector("#input-title-error")!.Text());
        Assert.Equal("kept-slug", page.QuerySelector("#input-slug")!.GetAttribute("value"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task A_refused_article_gets_Dari_errors_from_its_data_annotations()
    {
        using var author = await DariAsync(NewsroomRoles.Author);
        var fields = await site.ArticleFormAsync("");
        var (response, page) = await author.PostAsync("/admin/articles/new", "/admin/articles/new", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("مقاله ذخیره نشد", page.QuerySelector(".error-summary h2")!.Text());
        Assert.Contains("لطفاً عنوانی بنویسید.", page.QuerySelectorAll(".error-summary li").Select(li => li.Text()));
    }

    [Fact]
    public async Task Moderation_notices_count_in_English_and_in_Dari()
    {
        var (article, _) = await ArticleAsync(site);
        var words = Words();
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await AddAsync(site, article, $"Counted {words} {i}"));
        }

        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        Assert.Equal("1 comment approved.", await NoticeAsync(editor, ids[0]));
        Assert.Equal("2 comments approved.", await NoticeAsync(editor, ids[1], ids[2]));

        await editor.ChooseLanguageAsync("fa-AF");
        Assert.Equal("۱ دیدگاه برای همیشه حذف شد.", await NoticeAsync(editor, "delete", "trash", ids[0]));
        Assert.Equal("۲ دیدگاه برای همیشه حذف شد.", await NoticeAsync(editor, "delete", "trash", ids[1], ids[2]));
    }

    [Fact]
    public async Task Article_counts_on_the_desk_are_singular_for_one_and_in_Persian_digits_in_Dari()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var tag = "counted-" + Guid.NewGuid().ToString("N")[..8];
        var first = await site.ArticleFormAsync("Counted once " + tag, "<p>Words of the article.</p>", ("Input.Tags", tag));
        await editor.PostAsync("/admin/articles/new", "/admin/articles/new", [.. first, new("action", "save")]);
        var tagId = await site.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Tags.Where(t => t.Slug == tag).Select(t => t.Id)));

        Assert.Contains("1 article", (await editor.GetAsync($"/admin/desk/tags/{tagId}")).Page.QuerySelector("h1 + p")!.Text());
        var second = await site.ArticleFormAsync("Counted twice " + tag, "<p>Words of the article.</p>", ("Input.Tags", tag));
        await editor.PostAsync("/admin/articles/new", "/admin/articles/new", [.. second, new("action", "save")]);
        Assert.Contains("2 articles", (await editor.GetAsync($"/admin/desk/tags/{tagId}")).Page.QuerySelector("h1 + p")!.Text());

        await editor.ChooseLanguageAsync("fa-AF");
        Assert.Contains("۲ مقاله", (await editor.GetAsync($"/admin/desk/tags/{tagId}")).Page.QuerySelector("h1 + p")!.Text());
    }

    private async Task<string> NoticeAsync(NewsroomSession session, params int[] ids) => await NoticeAsync(session, "approve", "pending", ids);

    private static async Task<string> NoticeAsync(NewsroomSession session, string action, string tab, params int[] ids)
    {
        if (action == "delete")
        {
            await session.PostAsync("/admin/comments", "/admin/comments", [new("bulk", "trash"), .. ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString()))]);
        }

        var (response, _) = await session.PostAsync($"/admin/comments?status={tab}", $"/admin/comments?status={tab}",
            [new("bulk", action), .. ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString()))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await session.GetAsync(response.Headers.Location!.OriginalString);
        return page.QuerySelector(".notice")!.Text();
    }

    private Task<AngleSharp.Dom.IDocument> SignInPageAsync(Action<HttpRequestMessage> prepare) => GetAsync("/admin/sign-in", prepare);

    private async Task<AngleSharp.Dom.IDocument> GetAsync(string path, Action<HttpRequestMessage> prepare)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        prepare(request);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(await response.Content.ReadAsStringAsync());
    }
}
