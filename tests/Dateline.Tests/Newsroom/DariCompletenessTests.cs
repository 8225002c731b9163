using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dateline.Comments;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;
using static Dateline.Tests.Newsroom.Comments.QueueComments;

namespace Dateline.Tests.Newsroom;

/// <summary>
/// Every newsroom page, opened in Dari by an administrator, has no English left in what a member reads: text, and the
/// placeholder, title, aria-label and alt attributes and the words on buttons. What may stay in Latin letters is
/// content, never interface: the site's data (headlines, names, slugs, addresses), numbers, e-mail addresses, URLs,
/// the product name, and whatever is marked as another language (the chooser's "English") or as code.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed partial class DariCompletenessTests(NewsroomSite site)
{
    // Content shown as content: code (keys), text typed into a textarea, the diff of an article's own words, and
    // passages marked as written in another language or left to right (addresses, e-mail).
    private const string NotInterface = "script, style, code, textarea, table.diff tbody, [lang]:not([lang^=fa]), [lang]:not([lang^=fa]) *, bdi[dir=ltr], bdi[dir=ltr] *";

    [Fact]
    public async Task Every_newsroom_page_in_Dari_is_written_in_Dari()
    {
        var paths = await PagesAsync();
        var content = await ContentAsync();
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        await admin.ChooseLanguageAsync("fa-AF");
        var anonymous = new NewsroomSession(site.BaseAddress);
        await anonymous.ChooseLanguageAsync("fa-AF", "/admin/sign-in");

        var leftovers = new List<string>();
        string[] signedOut = ["/admin/sign-in", "/admin/forgot-password", "/admin/reset-password?email=a%40b.test&token=x"];
        foreach (var (path, session) in paths.Select(p => (p, admin)).Concat(signedOut.Select(p => (p, anonymous))))
        {
            var (response, page) = await session.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
            Assert.Equal("fa-AF", page.DocumentElement.GetAttribute("lang"));
            leftovers.AddRange(English(page, content).Select(text => $"{path}: {text}"));
        }

        Assert.True(leftovers.Count == 0, "English left in the Dari newsroom:\n" + string.Join('\n', leftovers.Distinct()));
    }

    [Fact]
    public async Task The_check_finds_English_where_there_is_some()
    {
        // The same check on the English newsroom must object, or it would pass whatever the pages say.
        var content = await ContentAsync();
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var (_, page) = await admin.GetAsync("/admin/settings");

        Assert.Contains(English(page, content), text => text.Contains("Settings", StringComparison.Ordinal));
    }

    private async Task<List<string>> PagesAsync()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var articleId = await site.CreateArticleAsync(editor, "Completeness article " + Guid.NewGuid(), action: "publish");
        await editor.PostAsync($"/admin/articles/{articleId}", $"/admin/articles/{articleId}",
            [.. await site.ArticleFormAsync("Completeness article, changed"), new("Input.Version", (await site.ArticleAsync(articleId)).Version.ToString()), new("action", "save")]);
        var commentId = await AddAsync(site, articleId, "A comment for the completeness check " + Words(), ModerationStatus.Pending, email: "completeness@example.org");

        return await site.WithDbAsync(async db =>
        {
            var tag = await db.Tags.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
            var section = await db.Sections.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            var story = await db.Stories.OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync();
            var author = await db.Authors.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            var staticPage = await db.StaticPages.OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync();
            var menuItem = await db.MenuItems.OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync();
            var media = await db.Media.OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync();
            List<string> paths =
            [
                "/admin", "/admin/articles", "/admin/articles/new", $"/admin/articles/{articleId}", $"/admin/articles/{articleId}/revisions",
                "/admin/media", "/admin/desk", "/admin/desk/sections", "/admin/desk/sections/new", $"/admin/desk/sections/{section}",
                "/admin/desk/menu", "/admin/desk/tags", $"/admin/desk/tags/{tag}", "/admin/desk/stories", "/admin/desk/stories/new",
                "/admin/desk/authors", "/admin/desk/authors/new", $"/admin/desk/authors/{author}", "/admin/desk/pages", "/admin/desk/pages/new",
                "/admin/desk/breaking", "/admin/comments", "/admin/comments?status=approved", "/admin/comments?status=spam", "/admin/comments?status=trash",
                $"/admin/comments/{commentId}", "/admin/comments/privacy", "/admin/comments/privacy?email=completeness%40example.org",
                "/admin/users", "/admin/settings", "/admin/account",
            ];
            paths.AddRange(new[] { story is { } s ? $"/admin/desk/stories/{s}" : null, staticPage is { } p ? $"/admin/desk/pages/{p}" : null,
                menuItem is { } m ? $"/admin/desk/menu/{m}" : null, media is { } i ? $"/admin/media/{i}" : null }.OfType<string>());
            return paths;
        });
    }

    /// <summary>Every piece of the site's own data a newsroom page may show, longest first so a name inside a headline goes with it.</summary>
    private Task<List<string>> ContentAsync() => site.WithDbAsync(async db =>
    {
        IEnumerable<string?>[] all =
        [
            await db.Articles.Select(a => a.Headline).ToListAsync(), await db.Articles.Select(a => a.Slug).ToListAsync(),
            await db.Articles.Select(a => a.Standfirst).ToListAsync(), await db.Articles.Select(a => a.DatelinePlace).ToListAsync(),
            await db.Articles.Select(a => a.SourceAttribution).ToListAsync(), await db.Articles.Select(a => a.SeoTitle).ToListAsync(),
            await db.Articles.Select(a => a.SeoDescription).ToListAsync(), await db.Articles.Select(a => a.Language).ToListAsync(),
            await db.Sections.Select(s => s.Name).ToListAsync(), await db.Sections.Select(s => s.Slug).ToListAsync(),
            await db.Tags.Select(t => t.Name).ToListAsync(), await db.Authors.Select(a => a.Name).ToListAsync(),
            await db.Authors.Select(a => a.JobTitle).ToListAsync(), await db.Authors.Select(a => a.Location).ToListAsync(),
            await db.Stories.Select(s => s.Title).ToListAsync(), await db.Stories.Select(s => s.Summary).ToListAsync(),
            await db.StaticPages.Select(p => p.Title).ToListAsync(), await db.MenuItems.Select(m => m.Label).ToListAsync(),
            await db.Users.Select(u => u.DisplayName).ToListAsync(), await db.Comments.Select(c => c.AuthorName).ToListAsync(),
            await db.Comments.Select(c => c.Body).ToListAsync(), await db.Media.Select(m => m.AltText).ToListAsync(),
            await db.Media.Select(m => m.Caption).ToListAsync(), await db.Media.Select(m => m.Credit).ToListAsync(),
            await db.Media.Select(m => m.OriginalFileName).ToListAsync(), await db.SiteSettings.Select(s => s.Name).ToListAsync(),
            await db.SiteSettings.Select(s => s.Tagline).ToListAsync(), await db.SiteSettings.Select(s => s.TimeZone).ToListAsync(),
            await db.BreakingNews.Select(b => b.Text).ToListAsync(), await db.Corrections.Select(c => c.Text).ToListAsync(),
            await db.Comments.Select(c => c.ModerationNote).ToListAsync(),
        ];
        return all.SelectMany(values => values).OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0)
            .Distinct().OrderByDescending(v => v.Length).ToList();
    });

    private static IEnumerable<string> English(IDocument page, IReadOnlyList<string> content)
    {
        var skipped = page.QuerySelectorAll(NotInterface).ToHashSet();
        var texts = new List<string> { page.Title ?? "" };
        foreach (var node in page.Body!.Descendants<IText>())
        {
            if (node.ParentElement is not { } parent || skipped.Contains(parent))
            {
                continue;
            }

            // An option that names its own value (a time zone such as Asia/Kabul) shows an identifier: the rest must be Dari.
            var text = node.Data.Trim();
            texts.Add(parent is IHtmlOptionElement { Value.Length: > 0 } option && text.StartsWith(option.Value, StringComparison.Ordinal) ? text[option.Value.Length..] : text);
        }

        foreach (var element in page.QuerySelectorAll("[placeholder], [title], [aria-label], [alt], button, input[type=submit], [data-word-count], [data-autosave-failed], [data-autosave-conflict]").Where(e => !skipped.Contains(e)))
        {
            texts.AddRange(new[] { "placeholder", "title", "aria-label", "alt", "data-word-count", "data-word-count-one", "data-autosave-failed", "data-autosave-conflict" }
                .Select(element.GetAttribute).OfType<string>());
            if (element is IHtmlInputElement { Type: "submit" } submit)
            {
                texts.Add(submit.Value);
            }
        }

        foreach (var text in texts)
        {
            // Addresses, then the site's data, longest first; a short value ("AI") only as a whole word, so it cannot hide English around it.
            var rest = Addresses().Replace(text, " ");
            foreach (var value in content.Where(v => rest.Contains(v, StringComparison.Ordinal)))
            {
                rest = value.Length >= 4 ? rest.Replace(value, " ", StringComparison.Ordinal) : Regex.Replace(rest, $@"(?<!\w){Regex.Escape(value)}(?!\w)", " ");
            }

            rest = Allowed().Replace(rest, " ");
            if (Latin().IsMatch(rest))
            {
                yield return text.Trim();
            }
        }
    }

    [GeneratedRegex(@"[\w.+-]+@[\w.-]+|https?://\S*")]
    private static partial Regex Addresses();

    // Site paths, the {words}/{minutes} slots the editor's script fills, and the short list of names Dari writes in
    // Latin letters too: the product, file formats and standards, and language codes.
    [GeneratedRegex(@"(?<!\w)/[\w\-./?=&%…*]*|\{words\}|\{minutes\}|\b(Dateline|JPEG|PNG|WebP|GIF|JSON|HTML|QR|IP|en|fa-AF|ps|feed)\b")]
    private static partial Regex Allowed();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Latin();
}
