using System.Text;
using Dateline.Demo;
using Dateline.Media;
using Dateline.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.WordPress;

/// <summary>--uploads: pictures go through the media intake; other files keep their original address.</summary>
public sealed class WordPressUploadsTests : IAsyncLifetime
{
    private readonly WordPressSite site = new();
    private readonly string uploads = Path.Combine(Path.GetTempPath(), "dateline-wp-uploads-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => site.InitializeAsync();

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        Directory.Delete(uploads, recursive: true);
    }

    [Fact]
    public async Task Pictures_are_taken_into_the_library_once_and_bodies_and_featured_images_point_there()
    {
        GeneratedImages.WriteScene(Path.Combine(uploads, "2024", "03", "river.jpg"), "river");
        File.WriteAllText(Path.Combine(uploads, "2024", "03", "notes.pdf"), "%PDF-1.4 not a picture");
        var export = Path.Combine(uploads, "export.xml");
        File.WriteAllText(export, Export(), Encoding.UTF8);

        var summary = await site.ImportAsync(export, uploads: uploads);
        var again = await site.ImportAsync(export, uploads: uploads);

        Assert.Equal(0, summary.TotalFailed);
        Assert.Equal(1, summary.Created(WordPressKind.Attachment));
        Assert.Equal(1, summary.Skipped(WordPressKind.Attachment));
        Assert.Equal(2, again.Updated(WordPressKind.Attachment));
        var media = Assert.Single(await site.WithDbAsync(db => db.Media.ToListAsync()));
        var article = await site.WithDbAsync(db => db.Articles.SingleAsync());
        Assert.Equal(media.Id, article.FeaturedImageId);
        var image = (await Html.ParseAsync(article.BodyHtml)).QuerySelector("img")!;
        Assert.Equal(media.Url, image.GetAttribute("src"));
        var pdf = (await Html.ParseAsync(article.BodyHtml)).QuerySelectorAll("a").Single();
        Assert.Equal("https://small.example/wp-content/uploads/2024/03/notes.pdf", pdf.GetAttribute("href"));

        using var response = await site.Client.GetAsync("/?attachment_id=9");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(media.Url, response.Headers.Location!.OriginalString);
    }

    // The post comes before its picture, as it can in a real export: a batch takes its attachments first.
    private static string Export() => """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://small.example</wp:base_blog_url>
        <item><title>River report</title><wp:post_id>12</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>river-report</wp:post_name>
          <wp:post_date_gmt>2024-03-01 10:00:00</wp:post_date_gmt><link>https://small.example/river-report/</link>
          <content:encoded><![CDATA[<p><img src="https://small.example/wp-content/uploads/2024/03/river-300x200.jpg" alt="River"></p>
        <p><a href="https://small.example/wp-content/uploads/2024/03/notes.pdf">Notes</a></p>]]></content:encoded>
          <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta></item>
        <item><title>River</title><wp:post_id>9</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
          <link>https://small.example/river/</link><wp:post_parent>12</wp:post_parent>
          <wp:attachment_url>https://small.example/wp-content/uploads/2024/03/river.jpg</wp:attachment_url>
          <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2024/03/river.jpg</wp:meta_value></wp:postmeta>
          <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>The river</wp:meta_value></wp:postmeta></item>
        <item><title>Notes</title><wp:post_id>10</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
          <wp:attachment_url>https://small.example/wp-content/uploads/2024/03/notes.pdf</wp:attachment_url>
          <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2024/03/notes.pdf</wp:meta_value></wp:postmeta></item>
        </channel></rss>
        """;
}
