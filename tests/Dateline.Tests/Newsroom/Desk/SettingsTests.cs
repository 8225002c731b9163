using Dateline.Newsroom;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Desk;

[Collection(NewsroomCollection.Name)]
public sealed class SettingsTests(NewsroomSite site)
{
    private static List<KeyValuePair<string, string>> Form(SiteSettings settings, params (string Key, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = settings.Name,
            ["Input.Tagline"] = settings.Tagline ?? "",
            ["Input.Language"] = settings.Language,
            ["Input.TimeZone"] = settings.TimeZone,
            ["Input.CommentsCloseAfterDays"] = settings.CommentsCloseAfterDays?.ToString() ?? "",
            ["Input.CommentModeration"] = settings.CommentModeration.ToString(),
            ["Input.CommentLinkLimit"] = settings.CommentLinkLimit.ToString(),
            ["Input.CommentHoldKeys"] = settings.CommentHoldKeys ?? "",
            ["Input.CommentSpamKeys"] = settings.CommentSpamKeys ?? "",
            ["Input.CommentIpRetentionDays"] = settings.CommentIpRetentionDays.ToString(),
        };
        if (settings.NotifyHeldComments)
        {
            fields["Input.NotifyHeldComments"] = "true";
        }

        if (settings.FeedsCarryFullText)
        {
            fields["Input.FeedsCarryFullText"] = "true";
        }

        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        return [.. fields];
    }

    private Task<SiteSettings> SettingsAsync() => site.WithDbAsync(db => db.SiteSettings.AsNoTracking().SingleAsync());

    [Theory]
    [InlineData(NewsroomRoles.Contributor)]
    [InlineData(NewsroomRoles.Author)]
    [InlineData(NewsroomRoles.Editor)]
    public async Task Only_administrators_open_or_change_the_settings(string role)
    {
        using var session = await site.SignInAsync(role);
        var (open, _) = await session.GetAsync("/admin/settings");
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);

        var before = await SettingsAsync();
        await session.GetAsync("/admin");
        var (forged, _) = await session.PostAgainAsync("/admin/settings", Form(before, ("Input.Name", "Taken over")));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(before.Name, (await SettingsAsync()).Name);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_next_to_the_field_with_the_form_kept()
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var before = await SettingsAsync();
        var (response, page) = await admin.PostAsync("/admin/settings", "/admin/settings",
            Form(before, ("Input.TimeZone", "Mars/Olympus_Mons"), ("Input.Name", "Kept name")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("#input-timezone", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#input-timezone-error"));
        Assert.Equal("Kept name", page.QuerySelector("#input-name")!.GetAttribute("value"));
        Assert.Equal(before.TimeZone, (await SettingsAsync()).TimeZone);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3651")]
    [InlineData("ten")]
    public async Task Comments_close_after_a_number_of_days_from_1_to_3650(string days)
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var (response, page) = await admin.PostAsync("/admin/settings", "/admin/settings",
            Form(await SettingsAsync(), ("Input.CommentsCloseAfterDays", days)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#input-commentscloseafterdays-error"));
    }

    [Fact]
    public async Task A_changed_site_name_shows_on_the_home_page()
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var before = await SettingsAsync();
        var name = "The Kunar Courier " + Guid.NewGuid().ToString("N")[..6];
        try
        {
            var (saved, _) = await admin.PostAsync("/admin/settings", "/admin/settings",
                Form(before, ("Input.Name", name), ("Input.CommentsCloseAfterDays", "30"), ("Input.CommentModeration", "HoldAll")));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

            var home = await site.Client.GetPageAsync("/");
            Assert.Equal(name, home.QuerySelector(".site-name")!.Text());
            var after = await SettingsAsync();
            Assert.Equal(30, after.CommentsCloseAfterDays);
            Assert.Equal(Dateline.Comments.CommentModeration.HoldAll, after.CommentModeration);
        }
        finally
        {
            await site.WithDbAsync(async db =>
            {
                var settings = await db.SiteSettings.SingleAsync();
                (settings.Name, settings.CommentsCloseAfterDays, settings.CommentModeration) = (before.Name, before.CommentsCloseAfterDays, before.CommentModeration);
                await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task The_comment_policies_are_saved_and_a_bad_value_is_refused_next_to_its_field()
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var before = await SettingsAsync();
        try
        {
            var (refused, page) = await admin.PostAsync("/admin/settings", "/admin/settings", Form(before, ("Input.CommentIpRetentionDays", "0")));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.NotNull(page.QuerySelector("#input-commentipretentiondays-error"));

            var (saved, _) = await admin.PostAsync("/admin/settings", "/admin/settings", Form(before,
                ("Input.CommentLinkLimit", "5"), ("Input.CommentHoldKeys", "casino\n203.0.113.0/24"), ("Input.CommentSpamKeys", "cheap pills"),
                ("Input.CommentIpRetentionDays", "30")));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var after = await SettingsAsync();
            Assert.Equal((5, "casino\n203.0.113.0/24", "cheap pills", 30), (after.CommentLinkLimit, after.CommentHoldKeys, after.CommentSpamKeys, after.CommentIpRetentionDays));
        }
        finally
        {
            await site.WithDbAsync(db => db.SiteSettings.ExecuteUpdateAsync(x => x
                .SetProperty(v => v.CommentLinkLimit, before.CommentLinkLimit).SetProperty(v => v.CommentHoldKeys, before.CommentHoldKeys)
                .SetProperty(v => v.CommentSpamKeys, before.CommentSpamKeys).SetProperty(v => v.CommentIpRetentionDays, before.CommentIpRetentionDays)));
        }
    }
}
