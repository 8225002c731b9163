using Dateline.BrowserTests.Browser;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.Comments;

/// <summary>A reader's comment through moderation, in Chromium: held for its writer only, approved by an editor, then seen by all.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CommentModerationFlowTests(DemoNewsroom site, Chromium chromium)
{
    [Fact]
    public async Task A_held_comment_is_seen_by_its_writer_then_by_every_reader_once_an_editor_approves_it()
    {
        var path = await site.PathOfAsync(DemoNewsroom.Article);
        var text = "A first-time reader asks when the road reopens. " + Guid.NewGuid().ToString("N")[..8];

        await using var writerBrowser = await chromium.NewReaderAsync(site.BaseAddress);
        var writer = writerBrowser.Page;
        await writer.GotoAsync(path);
        // The form's signed stamp arrives by a fetch after the page has loaded; a send before it is refused as expired.
        await Assertions.Expect(writer.Locator("input[name='Input.Stamp']")).Not.ToHaveValueAsync("");
        await writer.FillAsync("#comment", text);
        await writer.FillAsync("#author", "Zarghuna Reader");
        await writer.FillAsync("#email", $"zarghuna-{Guid.NewGuid():N}@example.org");
        await writer.CheckAsync("#remember");
        await writer.ClickAsync("form.comment-form button[type=submit]");
        var mine = writer.Locator(".comment-held", new PageLocatorOptions { HasText = text });
        await Assertions.Expect(mine).ToContainTextAsync("Your comment is awaiting moderation.");

        // The saved details come back from the reader's own cookie, filled in by script, not by the server.
        await writer.ReloadAsync();
        await Assertions.Expect(writer.Locator("#author")).ToHaveValueAsync("Zarghuna Reader");

        await using var otherBrowser = await chromium.NewReaderAsync(site.BaseAddress);
        var other = otherBrowser.Page;
        await other.GotoAsync(path);
        await Assertions.Expect(other.Locator(".comment-body", new PageLocatorOptions { HasText = text })).ToHaveCountAsync(0);

        await using var editorBrowser = await chromium.NewReaderAsync(site.BaseAddress, storageState: await site.SignedInStateAsync(chromium));
        var editor = editorBrowser.Page;
        await editor.GotoAsync("/admin/comments");
        var row = editor.Locator("tr", new PageLocatorOptions { HasText = text });
        await row.Locator("button[value^='approve:']").ClickAsync();
        await Assertions.Expect(editor.Locator("tr", new PageLocatorOptions { HasText = text })).ToHaveCountAsync(0);

        await writer.ReloadAsync();
        var approved = writer.Locator(".comment", new PageLocatorOptions { HasText = text }).First;
        await Assertions.Expect(approved).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("comment-held"));
        await Assertions.Expect(approved).Not.ToContainTextAsync("awaiting moderation");
        await other.ReloadAsync();
        await Assertions.Expect(other.Locator(".comment-body", new PageLocatorOptions { HasText = text })).ToHaveCountAsync(1);
    }
}
