using System.Globalization;
using System.Xml;

namespace Dateline.Feeds;

/// <summary>RSS 2.0 with the extensions feed readers and aggregators look for: atom:link, content, dc and media.</summary>
public static class RssFeed
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    public const string MediaNamespace = "http://search.yahoo.com/mrss/";

    public static void Write(XmlWriter xml, Feed feed)
    {
        Open(xml, feed.Title, feed.PageUrl, feed.Description, feed.Language, feed.Entries.Count > 0 ? feed.Updated : null, feed.SelfUrl);
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", entry.Headline);
            xml.WriteElementString("link", entry.Url);
            Guid(xml, entry.Url);
            xml.WriteElementString("pubDate", Date(entry.Published));
            foreach (var author in entry.Authors)
            {
                xml.WriteElementString("creator", DublinCoreNamespace, author.Name);
            }

            foreach (var category in entry.Categories)
            {
                xml.WriteElementString("category", category);
            }

            xml.WriteElementString("description", entry.Summary);
            if (feed.FullText)
            {
                xml.WriteStartElement("encoded", ContentNamespace);
                // XmlWriter splits a "]]>" inside the body over two CDATA sections by itself.
                xml.WriteCData(entry.BodyHtml);
                xml.WriteEndElement();
            }

            if (entry.Picture is { } picture)
            {
                xml.WriteStartElement("content", MediaNamespace);
                xml.WriteAttributeString("url", picture.Url);
                xml.WriteAttributeString("medium", "image");
                xml.WriteAttributeString("type", picture.ContentType);
                if (picture.Width > 0 && picture.Height > 0)
                {
                    xml.WriteAttributeString("width", picture.Width.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("height", picture.Height.ToString(CultureInfo.InvariantCulture));
                }

                if (!string.IsNullOrEmpty(picture.AltText))
                {
                    xml.WriteStartElement("description", MediaNamespace);
                    xml.WriteAttributeString("type", "plain");
                    xml.WriteString(picture.AltText);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        Close(xml);
    }

    /// <summary>The &lt;rss&gt; and &lt;channel&gt; opening shared with the comment feed; every extension is declared once, on the root.</summary>
    public static void Open(XmlWriter xml, string title, string link, string description, string language, DateTime? lastBuild, string self)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteAttributeString("xmlns", "content", null, ContentNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
        xml.WriteAttributeString("xmlns", "media", null, MediaNamespace);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", title);
        xml.WriteElementString("link", link);
        xml.WriteElementString("description", description);
        xml.WriteElementString("language", language);
        if (lastBuild is { } built)
        {
            xml.WriteElementString("lastBuildDate", Date(built));
        }

        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("href", self);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", FeedFormat.Rss.MediaType());
        xml.WriteEndElement();
    }

    public static void Close(XmlWriter xml)
    {
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    public static void Guid(XmlWriter xml, string permalink)
    {
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(permalink);
        xml.WriteEndElement();
    }

    /// <summary>RFC 1123 ("Sun, 29 Nov 2026 15:04:05 GMT"), the date format RSS 2.0 asks for.</summary>
    public static string Date(DateTime utc) => FeedEntry.Utc(utc).ToString("r", CultureInfo.InvariantCulture);
}
