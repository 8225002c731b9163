using Microsoft.Extensions.DependencyInjection;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using OtpNet;

namespace Dateline.Tests.Newsroom;

[Collection(NewsroomCollection.Name)]
public sealed class AccountTests(NewsroomSite site)
{
    private async Task<(string Email, NewsroomSession Session)> NewMemberAsync(string role = NewsroomRoles.Author)
    {
        var email = $"member-{Guid.NewGuid():N}@newsroom.test";
        await using var scope = site.Services.CreateAsyncScope();
        var (user, _) = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>().CreateAsync(email, "Temporary Member", role, NewsroomSite.Password, default);
        Assert.NotNull(user);
        var session = new NewsroomSession(site.BaseAddress);
        var (response, _) = await session.SignInAsync(email, NewsroomSite.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (email, session);
    }

    private async Task<string> LinkFromMailAsync(string email)
    {
        var outbox = Path.Combine(site.Database.DataDirectory, "mail", "outbox");
        foreach (var file in Directory.GetFiles(outbox, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == email))
            {
                return message.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http", StringComparison.Ordinal));
            }
        }

        throw new InvalidOperationException("No mail to " + email);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var (email, member) = await NewMemberAsync();
        member.Dispose();
        using var attacker = new NewsroomSession(site.BaseAddress);
        for (var i = 0; i < 5; i++)
        {
            var (wrong, page) = await attacker.SignInAsync(email, "not the password at all");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.NotNull(page.QuerySelector(".error-summary"));
        }

        var (locked, lockedPage) = await attacker.SignInAsync(email, NewsroomSite.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked", lockedPage.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task A_reset_link_from_the_mail_sets_a_new_password_once()
    {
        var (email, member) = await NewMemberAsync();
        using var forgetful = new NewsroomSession(site.BaseAddress);
        var (asked, page) = await forgetful.PostAsync("/admin/forgot-password", "/admin/forgot-password", [new("Email", email)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("on its way", page.Body!.TextContent);

        var link = new Uri(await LinkFromMailAsync(email));
        var form = link.PathAndQuery;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        const string NewPassword = "a brand new passphrase for this test";
        var fields = new List<KeyValuePair<string, string>> { new("Email", query["email"]!), new("Token", query["token"]!), new("Password", NewPassword) };
        var (reset, done) = await forgetful.PostAsync(form, "/admin/reset-password", fields);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("Your password is set", done.Body!.TextContent);

        // The old session ended with the old password; the link cannot be used twice.
        var (old, _) = await member.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        var (again, _) = await forgetful.PostAsync(form, "/admin/reset-password", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var (signedIn, _) = await new NewsroomSession(site.BaseAddress).SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        member.Dispose();
    }

    [Fact]
    public async Task Unknown_addresses_get_the_same_answer_and_no_mail()
    {
        using var session = new NewsroomSession(site.BaseAddress);
        var (asked, page) = await session.PostAsync("/admin/forgot-password", "/admin/forgot-password", [new("Email", "nobody-" + Guid.NewGuid() + "@newsroom.test")]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("on its way", page.Body!.TextContent);
    }

    [Fact]
    public async Task Two_factor_sign_in_asks_for_the_authenticator_code()
    {
        var (email, member) = await NewMemberAsync();
        await member.PostAsync("/admin/account", "/admin/account?handler=StartTwoFactor", []);
        var (_, started) = await member.GetAsync("/admin/account");
        var key = started.QuerySelector("#authenticator-key")!.TextContent.Trim();
        Assert.NotNull(started.QuerySelector("figure.qr img[src^='data:image/svg+xml']"));
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var (confirmed, page) = await member.PostAgainAsync("/admin/account?handler=ConfirmTwoFactor", [new("Code", totp.ComputeTotp())]);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(10, page.QuerySelectorAll(".recovery-codes li").Length);

        using var later = new NewsroomSession(site.BaseAddress);
        var (password, _) = await later.SignInAsync(email, NewsroomSite.Password);
        Assert.Contains("/admin/sign-in/two-factor", password.Headers.Location!.OriginalString);
        var (notYet, _) = await later.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);

        var (wrong, _) = await later.PostAsync("/admin/sign-in/two-factor", "/admin/sign-in/two-factor", [new("Code", "000000")]);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var (right, _) = await later.PostAgainAsync("/admin/sign-in/two-factor", [new("Code", totp.ComputeTotp())]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var (inside, _) = await later.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        member.Dispose();
    }

    [Fact]
    public async Task An_administrator_ends_a_members_sessions_at_once()
    {
        var (email, member) = await NewMemberAsync();
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/admin")).Response.StatusCode);
        var id = await site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var (revoked, _) = await admin.PostAsync("/admin/users", "/admin/users?handler=Revoke", [new("id", id)]);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        var (after, _) = await member.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/admin/sign-in", after.Headers.Location!.OriginalString);
        member.Dispose();
    }

    [Fact]
    public async Task An_invited_contributor_chooses_a_password_from_the_mail_and_signs_in()
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var email = $"invited-{Guid.NewGuid():N}@newsroom.test";
        var (invited, _) = await admin.PostAsync("/admin/users", "/admin/users?handler=Invite",
            [new("Input.Name", "Invited Writer"), new("Input.Email", email), new("Input.Role", "Contributor")]);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var link = new Uri(await LinkFromMailAsync(email));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        using var newcomer = new NewsroomSession(site.BaseAddress);
        var (set, _) = await newcomer.PostAsync(link.PathAndQuery, "/admin/reset-password",
            [new("Email", query["email"]!), new("Token", query["token"]!), new("Password", NewsroomSite.Password)]);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.SignInAsync(email, NewsroomSite.Password)).Response.StatusCode);
        var (users, _) = await newcomer.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/admin")]
    [InlineData("//evil.example/admin")]
    [InlineData("/2026/01/01/not-the-newsroom")]
    public async Task Sign_in_never_sends_a_member_outside_the_newsroom(string returnUrl)
    {
        using var session = new NewsroomSession(site.BaseAddress);
        var (response, _) = await session.PostAsync("/admin/sign-in", "/admin/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl),
            [new("Input.Email", NewsroomSite.EmailOf(NewsroomRoles.Author)), new("Input.Password", NewsroomSite.Password)]);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        using var session = new NewsroomSession(site.BaseAddress);
        using var response = await session.RawPostAsync("/admin/sign-in", new FormUrlEncodedContent(
            [new("Input.Email", NewsroomSite.EmailOf(NewsroomRoles.Author)), new("Input.Password", NewsroomSite.Password)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(session.Cookies.GetAllCookies(), c => c.Name == "dateline_newsroom");
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_kept_to_the_newsroom()
    {
        using var session = await site.SignInAsync(NewsroomRoles.Author);
        var cookie = session.Cookies.GetAllCookies().Single(c => c.Name == "dateline_newsroom");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("/admin", cookie.Path);
    }
}
