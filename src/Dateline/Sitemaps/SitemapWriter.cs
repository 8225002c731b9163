using System.Text;
using System.Xml;
using Dateline.Site;

namespace Dateline.Sitemaps;

/// <summary>
/// Writes sitemap XML straight to the response body as it is read from the database, so a month of fifty thousand
/// articles never sits in memory. Only asynchronous writes: Kestrel refuses synchronous ones.
/// </summary>
public sealed class SitemapWriter
{
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string ImageNamespace = "http://www.google.com/schemas/sitemap-image/1.1";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";
    public const string ContentType = "application/xml; charset=utf-8";

    private readonly XmlWriter xml;
    private int written;

    private SitemapWriter(XmlWriter xml) => this.xml = xml;

    /// <summary>Starts the document: &lt;sitemapindex&gt; or &lt;urlset&gt; with the extra namespaces it uses; EndAsync finishes it.</summary>
    public static async Task<SitemapWriter> StartAsync(HttpResponse response, string root, params (string Prefix, string Namespace)[] extensions)
    {
        response.ContentType = ContentType;
        var xml = XmlWriter.Create(response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, root, SitemapNamespace);
        foreach (var (prefix, ns) in extensions)
        {
            await xml.WriteAttributeStringAsync("xmlns", prefix, null, ns);
        }

        return new SitemapWriter(xml);
    }

    public async Task SitemapAsync(string loc, DateTime? lastModified)
    {
        await xml.WriteStartElementAsync(null, "sitemap", SitemapNamespace);
        await LocAsync(loc, lastModified);
        await xml.WriteEndElementAsync();
    }

    /// <summary>One &lt;url&gt;; <paramref name="image"/> adds image:image, <paramref name="news"/> adds news:news.</summary>
    public async Task UrlAsync(string loc, DateTime? lastModified, string? image = null, NewsEntry? news = null)
    {
        await xml.WriteStartElementAsync(null, "url", SitemapNamespace);
        await LocAsync(loc, lastModified);
        if (image is not null)
        {
            await xml.WriteStartElementAsync("image", "image", ImageNamespace);
            await xml.WriteElementStringAsync("image", "loc", ImageNamespace, image);
            await xml.WriteEndElementAsync();
        }

        if (news is not null)
        {
            await xml.WriteStartElementAsync("news", "news", NewsNamespace);
            await xml.WriteStartElementAsync("news", "publication", NewsNamespace);
            await xml.WriteElementStringAsync("news", "name", NewsNamespace, news.Publication);
            await xml.WriteElementStringAsync("news", "language", NewsNamespace, news.Language);
            await xml.WriteEndElementAsync();
            await xml.WriteElementStringAsync("news", "publication_date", NewsNamespace, ReaderTime.Machine(news.Published));
            await xml.WriteElementStringAsync("news", "title", NewsNamespace, news.Title);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        // Hands what is written to the client now and then, so a long file starts arriving at once.
        if (++written % 1000 == 0)
        {
            await xml.FlushAsync();
        }
    }

    /// <summary>
    /// Closes the document. Deliberately not a Dispose: when reading fails half-way the document must stay unfinished,
    /// so the broken response is dropped rather than served as a shorter, well-formed sitemap.
    /// </summary>
    public async Task EndAsync()
    {
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        await xml.DisposeAsync();
    }

    private async Task LocAsync(string loc, DateTime? lastModified)
    {
        await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, loc);
        if (lastModified is { } modified)
        {
            await xml.WriteElementStringAsync(null, "lastmod", SitemapNamespace, ReaderTime.Machine(modified));
        }
    }

    public sealed record NewsEntry(string Publication, string Language, DateTime Published, string Title);
}
