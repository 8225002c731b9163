using System.Text;
using System.Xml;

namespace Dateline.WordPress;

/// <summary>
/// Reads a WordPress eXtended RSS export (WXR 1.0–1.2) one entry at a time, so a file of any size costs the same memory.
/// DTDs are refused outright (no entity expansion, no external fetch) and every field is read in chunks up to a limit:
/// an item with a field past it comes back as a <see cref="WxrRefusedItem"/> and reading goes on with the next one.
/// Anything that stops reading altogether is a <see cref="WxrFormatException"/> with the line and column.
/// </summary>
public sealed class WxrReader(Stream file, int maxFieldLength) : IDisposable
{
    private static readonly string[] KnownVersions = ["1.0", "1.1", "1.2"];

    private readonly XmlReader reader = XmlReader.Create(file, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    });

    private readonly char[] chunk = new char[8192];
    private string? version;
    private string? siteUrl;
    private string? blogUrl;
    private string? channelLink;
    private string? title;
    private bool channelGiven;

    private IXmlLineInfo Where => (IXmlLineInfo)reader;

    /// <summary>The next entry, or null at the end of the file.</summary>
    public object? Next()
    {
        try
        {
            return ReadNext();
        }
        catch (XmlException xml)
        {
            throw new WxrFormatException("The file is not well-formed XML: " + FirstSentence(xml.Message), xml.LineNumber, xml.LinePosition);
        }
        catch (DecoderFallbackException)
        {
            throw new WxrFormatException("The file is not in the encoding it declares", Where.LineNumber, Where.LinePosition);
        }
    }

    private object? ReadNext()
    {
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var key = Key();
            if (key is "rss" or "channel")
            {
                reader.Read();
                continue;
            }

            if (key is "wp:author" or "wp:category" or "wp:tag" or "wp:term" or "item" && !channelGiven)
            {
                channelGiven = true;
                return Channel();
            }

            switch (key)
            {
                case "wp:wxr_version":
                    var line = Where.LineNumber;
                    var column = Where.LinePosition;
                    version = Text(100).Trim();
                    if (!KnownVersions.Contains(version))
                    {
                        throw new WxrFormatException($"WXR version “{version}” is not one this importer reads (1.0, 1.1 or 1.2)", line, column);
                    }

                    break;
                case "wp:base_site_url":
                    siteUrl = Text(2000);
                    break;
                case "wp:base_blog_url":
                    blogUrl = Text(2000);
                    break;
                case "link" when !channelGiven:
                    channelLink = Text(2000);
                    break;
                case "title" when !channelGiven:
                    title = Text(2000);
                    break;
                case "wp:author":
                    return Author(Fields());
                case "wp:category":
                    var category = Fields();
                    return new WxrTerm("category", Get(category, "wp:term_id"), Get(category, "wp:category_nicename"),
                        NullIfEmpty(Get(category, "wp:category_parent")), Get(category, "wp:cat_name"), NullIfEmpty(Get(category, "wp:category_description")));
                case "wp:tag":
                    var tag = Fields();
                    return new WxrTerm("post_tag", Get(tag, "wp:term_id"), Get(tag, "wp:tag_slug"), null, Get(tag, "wp:tag_name"),
                        NullIfEmpty(Get(tag, "wp:tag_description")));
                case "wp:term":
                    var term = Fields();
                    return new WxrTerm(Get(term, "wp:term_taxonomy"), Get(term, "wp:term_id"), Get(term, "wp:term_slug"),
                        NullIfEmpty(Get(term, "wp:term_parent")), Get(term, "wp:term_name"), NullIfEmpty(Get(term, "wp:term_description")));
                case "item":
                    return Item();
                default:
                    reader.Skip();
                    break;
            }
        }

        return channelGiven ? null : Channel();
    }

    private WxrChannel Channel()
    {
        if (version is null)
        {
            throw new WxrFormatException("This is not a WordPress export: it has no wp:wxr_version", Where.LineNumber, Where.LinePosition);
        }

        var site = NullIfEmpty(blogUrl) ?? NullIfEmpty(siteUrl) ?? NullIfEmpty(channelLink)
            ?? throw new WxrFormatException("The export does not say which site it came from (no base_blog_url, base_site_url or link)", Where.LineNumber, Where.LinePosition);
        return new WxrChannel(site.Trim().TrimEnd('/').ToLowerInvariant(), version, title);
    }

    private static WxrAuthor Author(Dictionary<string, string> fields)
    {
        var login = Get(fields, "wp:author_login").Trim();
        var name = Get(fields, "wp:author_display_name").Trim();
        return new WxrAuthor(login, name.Length > 0 ? name : login, NullIfEmpty(Get(fields, "wp:author_email")), NullIfEmpty(Get(fields, "wp:author_id").Trim()));
    }

    private object Item()
    {
        var line = Where.LineNumber;
        var column = Where.LinePosition;
        var depth = reader.Depth;
        var fields = new Dictionary<string, string>();
        var categories = new List<WxrCategoryRef>();
        var meta = new Dictionary<string, string>();
        var comments = new List<WxrComment>();
        try
        {
            reader.Read();
            while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement) && !reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                switch (Key())
                {
                    case "category":
                        var domain = reader.GetAttribute("domain") ?? "category";
                        var nicename = reader.GetAttribute("nicename") ?? "";
                        categories.Add(new WxrCategoryRef(domain, nicename, Text(2000)));
                        break;
                    case "wp:postmeta":
                        var pair = Fields();
                        meta[Get(pair, "wp:meta_key")] = Get(pair, "wp:meta_value");
                        break;
                    case "wp:comment":
                        comments.Add(Comment(Fields()));
                        break;
                    case var key:
                        fields[key] = Text(maxFieldLength);
                        break;
                }
            }

            reader.Read();
        }
        catch (FieldTooLongException tooLong)
        {
            SkipTo(depth);
            return new WxrRefusedItem(NullIfEmpty(Get(fields, "wp:post_id")), NullIfEmpty(Get(fields, "wp:post_type")),
                $"{tooLong.Field} is longer than {maxFieldLength:N0} characters", tooLong.Line, tooLong.Column);
        }

        var postId = Get(fields, "wp:post_id").Trim();
        if (postId.Length == 0)
        {
            return new WxrRefusedItem(null, NullIfEmpty(Get(fields, "wp:post_type")), "the item has no wp:post_id", line, column);
        }

        return new WxrItem
        {
            PostId = postId,
            PostType = Get(fields, "wp:post_type").Trim(),
            Title = Get(fields, "title"),
            Link = Get(fields, "link").Trim(),
            Creator = Get(fields, "dc:creator").Trim(),
            Content = Get(fields, "content:encoded"),
            Excerpt = Get(fields, "excerpt:encoded"),
            PostName = Get(fields, "wp:post_name").Trim(),
            Status = Get(fields, "wp:status").Trim(),
            PostDate = Get(fields, "wp:post_date").Trim(),
            PostDateGmt = Get(fields, "wp:post_date_gmt").Trim(),
            ParentId = NullIfEmpty(Get(fields, "wp:post_parent").Trim()) is { } parent && parent != "0" ? parent : null,
            MenuOrder = int.TryParse(Get(fields, "wp:menu_order"), out var order) ? order : 0,
            CommentStatus = Get(fields, "wp:comment_status").Trim(),
            HasPassword = Get(fields, "wp:post_password").Length > 0,
            IsSticky = Get(fields, "wp:is_sticky").Trim() == "1",
            AttachmentUrl = Get(fields, "wp:attachment_url").Trim(),
            Line = line,
            Categories = categories,
            Meta = meta,
            Comments = comments,
        };
    }

    private static WxrComment Comment(Dictionary<string, string> fields) => new(
        Get(fields, "wp:comment_id").Trim(),
        NullIfEmpty(Get(fields, "wp:comment_parent").Trim()) is { } parent && parent != "0" ? parent : null,
        Get(fields, "wp:comment_author").Trim(),
        NullIfEmpty(Get(fields, "wp:comment_author_email").Trim()),
        NullIfEmpty(Get(fields, "wp:comment_author_url").Trim()),
        Get(fields, "wp:comment_date").Trim(),
        Get(fields, "wp:comment_date_gmt").Trim(),
        Get(fields, "wp:comment_content"),
        Get(fields, "wp:comment_approved").Trim(),
        NullIfEmpty(Get(fields, "wp:comment_type").Trim()));

    /// <summary>The simple child elements of the current element, by key; nested ones (comment meta) are skipped.</summary>
    private Dictionary<string, string> Fields()
    {
        var fields = new Dictionary<string, string>();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return fields;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement) && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (Key() is "wp:commentmeta")
            {
                reader.Skip();
            }
            else
            {
                var key = Key();
                fields[key] = Text(maxFieldLength);
            }
        }

        reader.Read();
        return fields;
    }

    /// <summary>The text of the current element (markup inside it is dropped), read in chunks and refused past <paramref name="max"/>.</summary>
    private string Text(int max)
    {
        var name = reader.Name;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement) && !reader.EOF)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    if (text.Length + read > max)
                    {
                        throw new FieldTooLongException(name, Where.LineNumber, Where.LinePosition);
                    }

                    text.Append(chunk, 0, read);
                }
            }

            reader.Read();
        }

        reader.Read();
        return text.ToString();
    }

    private void SkipTo(int depth)
    {
        while (!reader.EOF && !(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            reader.Read();
        }

        reader.Read();
    }

    // Prefixes are the exporter's choice; what an element means comes from its namespace, whichever WXR version wrote it.
    private string Key()
    {
        var ns = reader.NamespaceURI;
        if (ns.Length == 0)
        {
            return reader.LocalName;
        }

        if (ns.Contains("wordpress.org/export/", StringComparison.Ordinal))
        {
            return (ns.EndsWith("/excerpt/", StringComparison.Ordinal) ? "excerpt:" : "wp:") + reader.LocalName;
        }

        return ns switch
        {
            "http://purl.org/rss/1.0/modules/content/" => "content:" + reader.LocalName,
            "http://purl.org/dc/elements/1.1/" => "dc:" + reader.LocalName,
            _ => "other:" + reader.LocalName,
        };
    }

    private static string Get(Dictionary<string, string> fields, string key) => fields.GetValueOrDefault(key, "");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Line ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }

    public void Dispose() => reader.Dispose();

    private sealed class FieldTooLongException(string field, int line, int column) : Exception(field)
    {
        public string Field { get; } = field;
        public int Line { get; } = line;
        public int Column { get; } = column;
    }
}
