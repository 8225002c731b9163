using System.Globalization;
using System.Xml;

namespace Dateline.Feeds;

/// <summary>Atom 1.0 (RFC 4287).</summary>
public static class AtomFeed
{
    public static void Write(XmlWriter xml, Feed feed)
    {
        const string ns = RssFeed.AtomNamespace;
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", ns);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);
        xml.WriteElementString("id", ns, feed.PageUrl);
        xml.WriteElementString("title", ns, feed.Title);
        xml.WriteElementString("subtitle", ns, feed.Description);
        xml.WriteElementString("updated", ns, Date(feed.Updated));
        Link(xml, "self", FeedFormat.Atom.MediaType(), feed.SelfUrl);
        Link(xml, "alternate", "text/html", feed.PageUrl);
        // Atom wants an author for every entry; the site stands in for articles without a byline.
        xml.WriteStartElement("author", ns);
        xml.WriteElementString("name", ns, feed.SiteName);
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("entry", ns);
            xml.WriteElementString("id", ns, entry.Url);
            xml.WriteElementString("title", ns, entry.Headline);
            Link(xml, "alternate", "text/html", entry.Url);
            xml.WriteElementString("published", ns, Date(entry.Published));
            xml.WriteElementString("updated", ns, Date(entry.Modified));
            foreach (var author in entry.Authors)
            {
                xml.WriteStartElement("author", ns);
                xml.WriteElementString("name", ns, author.Name);
                xml.WriteElementString("uri", ns, author.Url);
                xml.WriteEndElement();
            }

            foreach (var category in entry.Categories)
            {
                xml.WriteStartElement("category", ns);
                xml.WriteAttributeString("term", category);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("summary", ns);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(entry.Summary);
            xml.WriteEndElement();
            if (feed.FullText)
            {
                xml.WriteStartElement("content", ns);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(entry.BodyHtml);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", RssFeed.AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>RFC 3339, as Atom and JSON Feed write dates.</summary>
    public static string Date(DateTime utc) =>
        FeedEntry.Utc(utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
