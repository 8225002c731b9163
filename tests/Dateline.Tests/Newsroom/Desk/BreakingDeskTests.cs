using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Desk;

[Collection(NewsroomCollection.Name)]
public sealed class BreakingDeskTests(NewsroomSite site)
{
    private async Task<string> SiteTimeAsync(TimeSpan fromNow)
    {
        var zoneId = await site.WithDbAsync(db => db.SiteSettings.Select(s => s.TimeZone).SingleAsync());
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow + fromNow, zone).ToString("yyyy-MM-ddTHH:mm");
    }

    private async Task<HttpResponseMessage> AddAsync(NewsroomSession editor, string text, TimeSpan starts, TimeSpan expires, string url = "")
    {
        var (response, _) = await editor.PostAsync("/admin/desk/breaking", "/admin/desk/breaking",
            [new("Input.Text", text), new("Input.Url", url), new("Input.StartsAt", await SiteTimeAsync(starts)), new("Input.ExpiresAt", await SiteTimeAsync(expires))]);
        return response;
    }

    private async Task<string> TickerAsync() =>
        (await site.Client.GetPageAsync("/")).QuerySelector(".breaking")?.TextContent ?? "";

    [Fact]
    public async Task A_breaking_line_shows_in_the_ticker_until_it_expires()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (live, expired) = ("Bridge reopens " + Guid.NewGuid().ToString("N")[..6], "Road closed " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(editor, live, TimeSpan.FromMinutes(-1), TimeSpan.FromHours(2), "/about")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(editor, expired, TimeSpan.FromHours(-3), TimeSpan.FromHours(-1))).StatusCode);

        var ticker = await TickerAsync();
        Assert.Contains(live, ticker);
        Assert.DoesNotContain(expired, ticker);
        var (_, desk) = await editor.GetAsync("/admin/desk/breaking");
        Assert.Contains(live, desk.QuerySelector("#live-title")!.ParentElement!.TextContent);
        Assert.Contains(expired, desk.QuerySelector("#ended-title")!.ParentElement!.TextContent);

        // Ending it now takes it out of the ticker at once.
        var id = await site.WithDbAsync(db => db.BreakingNews.Where(b => b.Text == live).Select(b => b.Id).SingleAsync());
        var (ended, _) = await editor.PostAgainAsync("/admin/desk/breaking?handler=End", [new("id", id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.DoesNotContain(live, await TickerAsync());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/")]
    public async Task A_breaking_line_refuses_an_unsafe_link(string url)
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var response = await AddAsync(editor, "Unsafe " + Guid.NewGuid(), TimeSpan.Zero, TimeSpan.FromHours(1), url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_breaking_line_must_expire_after_it_starts()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var response = await AddAsync(editor, "Backwards " + Guid.NewGuid(), TimeSpan.FromHours(2), TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }
}
