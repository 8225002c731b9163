using Dateline.Articles;
using Dateline.BrowserTests.Browser;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.Newsroom;

/// <summary>
/// The newsroom's day in a real browser, from the first Administrator's setup to a scheduled story reaching readers,
/// on a site of its own whose clock the test moves.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NewsroomFlowTests(Chromium chromium) : IAsyncLifetime
{
    private const string Password = "a passphrase nobody guesses";
    private readonly FreshNewsroom site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private async Task InviteAsync(IPage admin, string name, string email, string role)
    {
        await admin.GotoAsync("/admin/users");
        await admin.FillAsync("#input-name", name);
        await admin.FillAsync("#input-email", email);
        await admin.SelectOptionAsync("#input-role", role);
        await admin.ClickAsync("text=Send the invitation");
        await Assertions.Expect(admin.Locator(".notice")).ToContainTextAsync(email);
    }

    private async Task AcceptInvitationAsync(IPage page, string email)
    {
        await page.GotoAsync(await site.LinkMailedToAsync(email));
        await page.FillAsync("#password", Password);
        await page.ClickAsync("text=Set my password");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Your password is set");
        await DemoNewsroom.SignInAsync(page, email, Password);
    }

    [Fact]
    public async Task A_story_goes_from_setup_through_review_and_scheduling_to_readers_on_time()
    {
        await using var adminBrowser = await chromium.NewReaderAsync(site.BaseAddress);
        var admin = adminBrowser.Page;
        await admin.GotoAsync("/admin");
        Assert.EndsWith("/admin/setup", admin.Url);
        await admin.FillAsync("#input-name", "Chief Editor");
        await admin.FillAsync("#input-email", "chief@fresh.test");
        await admin.FillAsync("#input-password", Password);
        await admin.ClickAsync("text=Create the Administrator");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Dashboard");

        await InviteAsync(admin, "Wali Contributor", "wali@fresh.test", NewsroomRoles.Contributor);
        await InviteAsync(admin, "Sana Editor", "sana@fresh.test", NewsroomRoles.Editor);

        // The contributor writes in the rich-text editor and submits for review; publishing is not offered.
        await using var contributorBrowser = await chromium.NewReaderAsync(site.BaseAddress);
        var contributor = contributorBrowser.Page;
        await AcceptInvitationAsync(contributor, "wali@fresh.test");
        await contributor.GotoAsync("/admin/articles/new");
        var headline = "Kunar river bridge reopens after repairs";
        await contributor.FillAsync("#input-headline", headline);
        await contributor.SelectOptionAsync("#input-primarysectionid", new SelectOptionValue { Index = 1 });
        await contributor.ClickAsync(".rich-text .ql-editor");
        await contributor.Keyboard.TypeAsync("Traffic crossed the repaired bridge for the first time in a month.");
        await Assertions.Expect(contributor.Locator("[data-word-count]")).ToContainTextAsync("12 words");
        await contributor.FillAsync("#input-datelineplace", "Asadabad");
        Assert.Equal(0, await contributor.Locator("button[value=publish]").CountAsync());
        await contributor.ClickAsync("button[value=submit]");
        await Assertions.Expect(contributor.Locator(".notice")).ToHaveTextAsync("Submitted for review");
        var article = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Headline == headline));
        Assert.Equal(ArticleStatus.PendingReview, article.Status);
        Assert.Equal("<p>Traffic crossed the repaired bridge for the first time in a month.</p>", article.BodyHtml);

        // The editor finds it waiting for review and schedules it ten minutes ahead, in the site's time.
        await using var editorBrowser = await chromium.NewReaderAsync(site.BaseAddress);
        var editor = editorBrowser.Page;
        await AcceptInvitationAsync(editor, "sana@fresh.test");
        await editor.GotoAsync("/admin");
        await editor.ClickAsync($"#pending-review + ul >> text={headline}");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await site.WithDbAsync(db => db.SiteSettings.Select(s => s.TimeZone).SingleAsync()));
        var due = site.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        await editor.FillAsync("#input-schedulefor", TimeZoneInfo.ConvertTimeFromUtc(due, zone).ToString("yyyy-MM-ddTHH:mm"));
        await editor.ClickAsync("button[value=schedule]");
        await Assertions.Expect(editor.Locator(".notice")).ToHaveTextAsync("Scheduled");

        await using var readerBrowser = await chromium.NewReaderAsync(site.BaseAddress);
        var reader = readerBrowser.Page;
        var path = Article.PathFor(due.AddSeconds(-due.Second), article.Slug);
        Assert.Equal(404, (await reader.GotoAsync(path))!.Status);

        // Ten minutes later by the site's clock, the scheduler has published it within one round.
        site.Clock.Advance(TimeSpan.FromMinutes(10));
        var shown = await WaitForAsync(async () => (await reader.GotoAsync(path))!.Status == 200);
        Assert.True(shown, "the scheduled article did not reach readers");
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync(headline);
        await Assertions.Expect(reader.Locator(".article-body p").First).ToContainTextAsync("ASADABAD");
        await Assertions.Expect(reader.Locator(".byline")).ToContainTextAsync("Wali Contributor");
    }

    private async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            site.Clock.Advance(PublishScheduledArticles.Every);
            await Task.Delay(200);
        }

        return false;
    }
}
