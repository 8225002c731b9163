using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom;

/// <summary>A site nobody has signed in to yet: /admin offers the one-time setup of the first Administrator.</summary>
public sealed class SetupTests : IAsyncLifetime
{
    private readonly AppFixture site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private static List<KeyValuePair<string, string>> Form(string email) =>
        [new("Input.Name", "First Editor-in-Chief"), new("Input.Email", email), new("Input.Password", NewsroomSite.Password)];

    [Fact]
    public async Task Setup_can_be_read_and_refused_in_Dari()
    {
        using var visitor = new NewsroomSession(site.BaseAddress);
        await visitor.ChooseLanguageAsync("fa-AF", "/admin/setup");
        var (_, page) = await visitor.GetAsync("/admin/setup");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("راه‌اندازی اتاق خبر", page.QuerySelector("h1")!.Text());

        var (weak, weakPage) = await visitor.PostAgainAsync("/admin/setup", [new("Input.Name", "A"), new("Input.Email", "chief@newsroom.test"), new("Input.Password", "short")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("رمز عبور دست‌کم ۱۲ نویسه لازم دارد.", weakPage.QuerySelectorAll(".error-summary li").Select(li => li.Text()));
        Assert.Equal("chief@newsroom.test", weakPage.QuerySelector("#input-email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_first_visit_to_admin_leads_to_setup_which_then_disappears()
    {
        using var visitor = new NewsroomSession(site.BaseAddress);
        var (admin, _) = await visitor.GetAsync("/admin");
        Assert.Contains("/admin/sign-in", admin.Headers.Location!.OriginalString);
        var (signIn, _) = await visitor.GetAsync("/admin/sign-in");
        Assert.Equal("/admin/setup", signIn.Headers.Location!.OriginalString);

        var (weak, weakPage) = await visitor.PostAsync("/admin/setup", "/admin/setup", [new("Input.Name", "A"), new("Input.Email", "chief@newsroom.test"), new("Input.Password", "short")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("12 characters", weakPage.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("chief@newsroom.test", weakPage.QuerySelector("#input-email")!.GetAttribute("value"));

        var (created, _) = await visitor.PostAgainAsync("/admin/setup", Form("chief@newsroom.test"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (dashboard, _) = await visitor.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var (users, _) = await visitor.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);

        using var latecomer = new NewsroomSession(site.BaseAddress);
        Assert.Equal(HttpStatusCode.NotFound, (await latecomer.GetAsync("/admin/setup")).Response.StatusCode);
    }

    [Fact]
    public async Task Two_people_racing_through_setup_make_one_administrator()
    {
        var sessions = Enumerable.Range(0, 4).Select(_ => new NewsroomSession(site.BaseAddress)).ToList();
        foreach (var session in sessions)
        {
            await session.GetAsync("/admin/setup");
        }

        var results = await Task.WhenAll(sessions.Select((s, i) => s.PostAgainAsync("/admin/setup", Form($"racer{i}@newsroom.test"))));
        Assert.Single(results, r => r.Response.StatusCode == HttpStatusCode.Redirect);
        Assert.All(results, r => Assert.True(r.Response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NotFound, r.Response.StatusCode.ToString()));
        Assert.Equal(1, await site.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(1, await site.WithDbAsync(db => db.UserRoles.CountAsync(r => r.RoleId == "administrator")));
        sessions.ForEach(s => s.Dispose());
    }
}
