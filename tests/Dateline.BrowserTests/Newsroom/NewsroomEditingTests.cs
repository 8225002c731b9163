using Dateline.BrowserTests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SkiaSharp;

namespace Dateline.BrowserTests.Newsroom;

/// <summary>The Editor's everyday work on the demo newsroom, in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NewsroomEditingTests(DemoNewsroom site, Chromium chromium)
{
    private static async Task<int> NewArticleAsync(IPage page, string headline, string action)
    {
        await page.GotoAsync("/admin/articles/new");
        await page.FillAsync("#input-headline", headline);
        await page.SelectOptionAsync("#input-primarysectionid", new SelectOptionValue { Index = 1 });
        await page.ClickAsync(".rich-text .ql-editor");
        await page.Keyboard.TypeAsync("The first paragraph of the story.");
        await page.ClickAsync($"button[value={action}]");
        await page.WaitForURLAsync(url => url.Contains("saved=", StringComparison.Ordinal));
        return int.Parse(new Uri(page.Url).AbsolutePath.Split('/').Last());
    }

    [Fact]
    public async Task Two_tabs_editing_one_article_end_in_a_conflict_view_and_no_edit_is_lost()
    {
        await using var browser = await chromium.NewReaderAsync(site.BaseAddress);
        await DemoNewsroom.SignInAsync(browser.Page);
        var id = await NewArticleAsync(browser.Page, "Two tabs " + Guid.NewGuid().ToString("N")[..6], "save");
        var first = browser.Page;
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync($"/admin/articles/{id}");
        await second.GotoAsync($"/admin/articles/{id}");

        await first.FillAsync("#input-headline", "Saved in the first tab");
        await first.ClickAsync("button[value=save]");
        await Assertions.Expect(first.Locator(".notice")).ToHaveTextAsync("Saved");

        await second.ClickAsync(".rich-text .ql-editor");
        await second.Keyboard.PressAsync("End");
        await second.Keyboard.TypeAsync(" Added in the second tab.");
        await second.ClickAsync("button[value=save]");

        var conflict = second.Locator(".conflict");
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync("Saved in the first tab");
        await Assertions.Expect(conflict).ToContainTextAsync("Added in the second tab.");
        await Assertions.Expect(second.Locator(".rich-text .ql-editor")).ToContainTextAsync("Added in the second tab.");
        var stored = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal("Saved in the first tab", stored.Headline);
        Assert.DoesNotContain("second tab", stored.BodyHtml);

        // Saving from the conflict view keeps the second tab's words on purpose (its headline field still holds the old one).
        await second.ClickAsync("button[value=save]");
        await Assertions.Expect(second.Locator(".notice")).ToHaveTextAsync("Saved");
        stored = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Contains("Added in the second tab.", stored.BodyHtml);
    }

    [Fact]
    public async Task An_uploaded_picture_with_alt_text_appears_in_the_article_with_srcset()
    {
        await using var browser = await chromium.NewReaderAsync(site.BaseAddress);
        var page = browser.Page;
        await DemoNewsroom.SignInAsync(page);
        await page.GotoAsync("/admin/media");
        var alt = "Boats moored on the river at dusk " + Guid.NewGuid().ToString("N")[..6];
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "river.jpg", MimeType = "image/jpeg", Buffer = Picture(1600, 900) });
        await page.FillAsync("#input-alttext", alt);
        await page.ClickAsync("form[enctype] button[type=submit]");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Saved.");

        var headline = "River traffic " + Guid.NewGuid().ToString("N")[..6];
        await page.GotoAsync("/admin/articles/new");
        await page.FillAsync("#input-headline", headline);
        await page.SelectOptionAsync("#input-primarysectionid", new SelectOptionValue { Index = 1 });
        await page.SelectOptionAsync("#input-featuredimageid", new SelectOptionValue { Label = alt });
        await page.ClickAsync("button[value=publish]");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Published");

        await page.ClickAsync("text=View on the site");
        var image = page.Locator(".lead-image picture img");
        await Assertions.Expect(image).ToHaveAttributeAsync("alt", alt);
        Assert.Contains("-1280.jpg 1280w", await image.GetAttributeAsync("srcset"));
        Assert.NotNull(await image.GetAttributeAsync("sizes"));
        // The browser really loaded a rendition it chose, not a broken image. The new page can be parsed before the
        // image has arrived, so wait for its download and decoding (decode() rejects a broken image).
        await image.EvaluateAsync("img => img.decode()");
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        Assert.Contains("/media/", await image.EvaluateAsync<string>("img => img.currentSrc"));
    }

    [Fact]
    public async Task A_correction_added_by_an_editor_appears_to_readers()
    {
        await using var browser = await chromium.NewReaderAsync(site.BaseAddress);
        var page = browser.Page;
        await DemoNewsroom.SignInAsync(page);
        var id = await NewArticleAsync(page, "Corrected story " + Guid.NewGuid().ToString("N")[..6], "publish");
        var text = "An earlier version of this story misnamed the district.";
        await page.FillAsync("#correction", text);
        await page.ClickAsync("text=Publish correction");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Correction published");

        await using var reader = await chromium.NewReaderAsync(site.BaseAddress);
        var path = await site.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => new { a.PublishedAt, a.Slug }).SingleAsync());
        await reader.Page.GotoAsync(Dateline.Articles.Article.PathFor(path.PublishedAt!.Value, path.Slug));
        await Assertions.Expect(reader.Page.Locator(".corrections")).ToContainTextAsync(text);
        await Assertions.Expect(reader.Page.Locator(".byline .updated")).ToBeVisibleAsync();
    }

    private static byte[] Picture(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(new SKColor(0x2f, 0x4f, 0x6a));
        using var paint = new SKPaint { Color = new SKColor(0xe0, 0x9f, 0x3e) };
        surface.Canvas.DrawCircle(width / 3f, height / 2f, height / 4f, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
