using Microsoft.Extensions.DependencyInjection;
using Dateline.Articles;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom;

/// <summary>
/// The demo site with one member of each role (and a second Author), for the newsroom's HTTP tests.
/// Tests write their own articles, so they share one app without stepping on each other.
/// </summary>
public class NewsroomSite : AppFixture
{
    public const string Password = "a long enough test passphrase";

    public static readonly IReadOnlyList<string> Roles = [.. NewsroomRoles.All, "SecondAuthor"];

    public static string EmailOf(string role) => role.ToLowerInvariant() + "@newsroom.test";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<NewsroomAccounts>();
        foreach (var role in Roles)
        {
            var (user, problems) = await accounts.CreateAsync(EmailOf(role), role + " Member", role == "SecondAuthor" ? NewsroomRoles.Author : role, Password, default);
            Assert.True(user is not null, string.Join("; ", problems.Select(p => p.Message)));
        }
    }

    public async Task<NewsroomSession> SignInAsync(string role)
    {
        var session = new NewsroomSession(BaseAddress);
        var (response, _) = await session.SignInAsync(EmailOf(role), Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public Task<string> UserIdAsync(string role) =>
        WithDbAsync(db => db.Users.Where(u => u.Email == EmailOf(role)).Select(u => u.Id).SingleAsync());

    public Task<int> SectionIdAsync() => WithDbAsync(db => db.Sections.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());

    public Task<Article> ArticleAsync(int id) =>
        WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.Corrections).SingleAsync(a => a.Id == id));

    /// <summary>The id at the end of a redirect to an editor page ("/admin/articles/42?saved=Saved" → 42).</summary>
    public static int IdIn(HttpResponseMessage redirect) =>
        int.Parse(redirect.Headers.Location!.OriginalString.Split('?')[0].Split('/').Last());

    /// <summary>The form fields of a minimal valid article.</summary>
    public async Task<List<KeyValuePair<string, string>>> ArticleFormAsync(string headline, string body = "<p>Words of the article.</p>", params (string Key, string Value)[] more)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Headline", headline),
            new("Input.BodyHtml", body),
            new("Input.PrimarySectionId", (await SectionIdAsync()).ToString()),
            new("Input.Language", "en"),
            new("Input.CommentStatus", "Open"),
        };
        fields.AddRange(more.Select(m => new KeyValuePair<string, string>(m.Key, m.Value)));
        return fields;
    }

    /// <summary>Creates an article through the editor as <paramref name="session"/>'s member and returns its id.</summary>
    public async Task<int> CreateArticleAsync(NewsroomSession session, string headline, string action = "save", string body = "<p>Words of the article.</p>")
    {
        var fields = await ArticleFormAsync(headline, body, ("action", action));
        var (response, _) = await session.PostAsync("/admin/articles/new", "/admin/articles/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdIn(response);
    }
}

[CollectionDefinition(Name)]
public sealed class NewsroomCollection : ICollectionFixture<NewsroomSite>
{
    public const string Name = "newsroom";
}
