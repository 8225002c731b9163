using Dateline.Articles;
using Dateline.Data;
using Dateline.MostRead;
using Dateline.Newsroom;
using Dateline.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.Browser;

/// <summary>The demo newsroom on the real app, with one address for every kind of public page a reader meets.</summary>
public sealed class DemoNewsroom : AppFixture
{
    public const string Home = "home", Article = "article with comments", Section = "section", SubSection = "sub-section",
        Tag = "tag", Author = "author", Story = "story", Search = "search results", StaticPage = "static page", NotFound = "404";

    /// <summary>The same kinds of page in the right-to-left Dari edition, under /fa/.</summary>
    public const string DariHome = "Dari home", DariArticle = "Dari article", DariSection = "Dari section", DariSearch = "Dari search results",
        DariNotFound = "Dari 404";

    public static readonly string[] PageKinds =
        [Home, Article, Section, SubSection, Tag, Author, Story, Search, StaticPage, NotFound, DariHome, DariArticle, DariSection, DariSearch, DariNotFound];

    /// <summary>Newsroom pages, as an Editor sees them (the sign-in page as anyone does).</summary>
    public const string SignIn = "newsroom sign-in", Dashboard = "newsroom dashboard", ArticleList = "newsroom article list",
        NewArticle = "new article editor", ArticleEditor = "article editor", Revisions = "revisions", Account = "account",
        MediaLibrary = "media library", Picture = "picture", Desk = "desk", Sections = "desk sections", SectionEditor = "section editor",
        Tags = "desk tags", AuthorEditor = "author profile editor", StoryEditor = "story editor", PageEditor = "static page editor",
        Menu = "menu", Breaking = "breaking news", Users = "users", Settings = "settings", CommentQueue = "comment queue",
        CommentPrivacy = "comment privacy", Editions = "desk editions", EditionEditor = "edition editor";

    public static readonly string[] NewsroomPageKinds =
    [
        SignIn, Dashboard, ArticleList, NewArticle, ArticleEditor, Revisions, Account, MediaLibrary, Picture,
        Desk, Sections, SectionEditor, Tags, AuthorEditor, StoryEditor, PageEditor, Menu, Breaking, Users, Settings,
        CommentQueue, CommentPrivacy, Editions, EditionEditor,
    ];

    public const string EditorEmail = "editor@demo.test", AdministratorEmail = "administrator@demo.test", EditorPassword = "the demo editor's passphrase";

    /// <summary>Who opens a newsroom page kind in the checks: an Administrator for their own pages, otherwise an Editor.</summary>
    public static string MemberFor(string kind) => kind is Users or Settings or CommentPrivacy ? AdministratorEmail : EditorEmail;

    private Task<IReadOnlyDictionary<string, string>>? paths;

    // Readers of the browser checks meet the whole demo, its right-to-left Dari edition included.
    protected override bool DemoEditions => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        foreach (var (email, name, role) in new[] { (EditorEmail, "Demo Editor", NewsroomRoles.Editor), (AdministratorEmail, "Demo Administrator", NewsroomRoles.Administrator) })
        {
            var (user, problems) = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>().CreateAsync(email, name, role, EditorPassword, default);
            Assert.True(user is not null, string.Join("; ", problems.Select(p => p.Message)));
        }

        await ReadSomeArticlesAsync(scope.ServiceProvider);
    }

    // The "Most read" lists appear once reads are saved: every audit should see them, not only those after the first flush.
    private static async Task ReadSomeArticlesAsync(IServiceProvider services)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var db = services.GetRequiredService<DatelineDb>();
        var ids = await db.Articles.AsNoTracking().Published(now).NewestFirst().Take(6).Select(a => a.Id).ToListAsync();
        var hour = ReadCounter.HourOf(now);
        db.ArticleViews.AddRange(ids.Select((id, i) => new ArticleViews { ArticleId = id, Hour = hour, Views = 10 * (i + 1) }));
        await db.SaveChangesAsync();
    }

    /// <summary>Signs the browser page in as the demo Editor, through the sign-in form.</summary>
    public static async Task SignInAsync(IPage page, string email = EditorEmail, string password = EditorPassword)
    {
        await page.GotoAsync("/admin/sign-in");
        await page.FillAsync("#input-email", email);
        await page.FillAsync("#input-password", password);
        // The form's answer is read first, so a refused or failed sign-in fails here with what the page said,
        // rather than as a wait for a URL that never comes.
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("form button[type=submit]"),
            r => r.Request.Method == "POST" && r.Url.Contains("/admin/sign-in", StringComparison.Ordinal),
            new() { Timeout = 60_000 });
        if (answer.Status != 302)
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            throw new InvalidOperationException($"Signing in as {email} answered {answer.Status}: {await page.InnerTextAsync("body")}");
        }

        await page.WaitForURLAsync(url => !url.Contains("/admin/sign-in", StringComparison.Ordinal), new() { Timeout = 60_000 });
    }

    private readonly Dictionary<string, Task<string>> signedIn = [];

    /// <summary>
    /// A demo member's signed-in browser state, made once through the real sign-in form and reused by every check,
    /// so each page check costs a page load, not a sign-in.
    /// </summary>
    public Task<string> SignedInStateAsync(Chromium chromium, string email = EditorEmail)
    {
        lock (signedIn)
        {
            if (!signedIn.TryGetValue(email, out var state))
            {
                signedIn[email] = state = SignInOnceAsync(chromium, email);
            }

            return state;
        }
    }

    private async Task<string> SignInOnceAsync(Chromium chromium, string email)
    {
        await using var reader = await chromium.NewReaderAsync(BaseAddress);
        await SignInAsync(reader.Page, email);
        return await reader.Page.Context.StorageStateAsync();
    }

    /// <summary>An HTTP client signed in as a demo member (cookies kept), for fetching newsroom pages' HTML.</summary>
    public async Task<HttpClient> MemberClientAsync(string email = EditorEmail)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
        var form = await client.GetPageAsync("/admin/sign-in");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await client.PostAsync("/admin/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = EditorPassword,
        }));
        response.EnsureSuccessStatusCode();
        return client;
    }

    public async Task<string> NewsroomPathOfAsync(string kind)
    {
        var id = await WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var picture = await WithDbAsync(db => db.Media.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var section = await WithDbAsync(db => db.Sections.OrderBy(x => x.Id).Select(x => x.Id).FirstAsync());
        var author = await WithDbAsync(db => db.Authors.OrderBy(x => x.Id).Select(x => x.Id).FirstAsync());
        var story = await WithDbAsync(db => db.Stories.OrderBy(x => x.Id).Select(x => x.Id).FirstAsync());
        var staticPage = await WithDbAsync(db => db.StaticPages.OrderBy(x => x.Id).Select(x => x.Id).FirstAsync());
        return kind switch
        {
            SignIn => "/admin/sign-in",
            Dashboard => "/admin",
            ArticleList => "/admin/articles",
            NewArticle => "/admin/articles/new",
            ArticleEditor => $"/admin/articles/{id}",
            Revisions => $"/admin/articles/{id}/revisions",
            Account => "/admin/account",
            MediaLibrary => "/admin/media",
            Picture => $"/admin/media/{picture}",
            Desk => "/admin/desk",
            Sections => "/admin/desk/sections",
            SectionEditor => $"/admin/desk/sections/{section}",
            Tags => "/admin/desk/tags",
            AuthorEditor => $"/admin/desk/authors/{author}",
            StoryEditor => $"/admin/desk/stories/{story}",
            PageEditor => $"/admin/desk/pages/{staticPage}",
            Menu => "/admin/desk/menu",
            Breaking => "/admin/desk/breaking",
            Users => "/admin/users",
            Settings => "/admin/settings",
            CommentQueue => "/admin/comments",
            CommentPrivacy => "/admin/comments/privacy",
            Editions => "/admin/desk/editions",
            EditionEditor => "/admin/desk/editions/2",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a newsroom page kind"),
        };
    }

    /// <summary>The path of a page of that kind, chosen from the demo content so that it has something to show.</summary>
    public async Task<string> PathOfAsync(string kind) => (await (paths ??= FindPathsAsync()))[kind];

    /// <summary>The article page as it comes back from a comment posted with every field empty: errors shown, 422.</summary>
    public async Task<string> CommentWithErrorsAsync()
    {
        var path = await PathOfAsync(Article);
        using var reader = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
        // The shared page carries no token; the empty fields are refused before the stamp is looked at.
        using var response = await reader.PostAsync(path + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Comment"] = "", ["Input.Name"] = "", ["Input.Email"] = "", ["Input.Website"] = "",
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<IReadOnlyDictionary<string, string>> FindPathsAsync() => WithDbAsync<IReadOnlyDictionary<string, string>>(async db =>
    {
        var now = DateTime.UtcNow;
        var published = db.Articles.AsNoTracking().Published(now);
        var article = await published.OrderByDescending(a => db.Comments.Count(c => c.ArticleId == a.Id && c.Status == Dateline.Comments.ModerationStatus.Approved))
            .ThenBy(a => a.Id).FirstAsync();
        var section = await db.Sections.AsNoTracking().Where(s => s.ParentId == null && s.Children.Any()).OrderBy(s => s.Position).FirstAsync();
        var subSection = await db.Sections.AsNoTracking().Where(s => s.ParentId != null && published.Any(a => a.PrimarySectionId == s.Id)).OrderBy(s => s.Id).FirstAsync();
        var tag = await db.Tags.AsNoTracking().OrderByDescending(t => published.Count(a => a.Tags.Contains(t))).ThenBy(t => t.Id).FirstAsync();
        var author = await db.Authors.AsNoTracking().Where(au => published.Any(a => a.Bylines.Any(b => b.AuthorId == au.Id))).OrderBy(au => au.Id).FirstAsync();
        var story = await db.Stories.AsNoTracking().OrderBy(s => s.Id).FirstAsync();
        var page = await db.StaticPages.AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.Id).FirstAsync();
        var dari = await db.Editions.AsNoTracking().SingleAsync(e => e.Key == "fa");
        var dariArticle = await published.Where(a => a.EditionId == dari.Id && a.TranslationOfId != null).OrderBy(a => a.Id).FirstAsync();
        var dariSection = await db.Sections.AsNoTracking().Where(s => s.EditionId == dari.Id && s.ParentId == null).OrderBy(s => s.Position).FirstAsync();
        return new Dictionary<string, string>
        {
            [Home] = "/",
            [Article] = article.Path,
            [Section] = "/category/" + section.Path,
            [SubSection] = "/category/" + subSection.Path,
            [Tag] = tag.Url,
            [Author] = "/author/" + author.Slug,
            [Story] = story.Url,
            [Search] = "/search?q=" + Uri.EscapeDataString(article.Headline.Split(' ')[0]),
            [StaticPage] = "/" + page.Slug,
            [NotFound] = "/no-such-page-anywhere",
            [DariHome] = "/fa/",
            [DariArticle] = "/fa" + dariArticle.Path,
            [DariSection] = "/fa/category/" + dariSection.Path,
            [DariSearch] = "/fa/search?q=" + Uri.EscapeDataString(dariArticle.Headline.Split(' ')[0]),
            [DariNotFound] = "/fa/no-such-page-anywhere",
        };
    });
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<DemoNewsroom>, ICollectionFixture<Chromium>
{
    public const string Name = "demo newsroom in Chromium";
}
