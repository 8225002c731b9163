using System.Xml;
using System.Xml.Linq;

namespace Dateline.Tests.Sitemaps;

/// <summary>Fetches a sitemap and parses it as XML (no DTDs), checking the status and content type on the way.</summary>
public static class SitemapXml
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace Image = "http://www.google.com/schemas/sitemap-image/1.1";
    public static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static async Task<XDocument> GetXmlAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(body, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, Async = true });
        return await XDocument.LoadAsync(reader, LoadOptions.None, default);
    }

    /// <summary>The &lt;loc&gt; of each &lt;sitemap&gt; or &lt;url&gt; entry, in document order.</summary>
    public static List<string> Locs(this XDocument document) =>
        document.Root!.Elements().Select(e => e.Element(Sitemap + "loc")!.Value).ToList();

    /// <summary>The path of an absolute address on the site under test.</summary>
    public static string PathOf(string loc) => new Uri(loc).PathAndQuery;
}
