using System.Text;

namespace Dateline.Feeds;

/// <summary>
/// Text as XML can carry it. Imported copy sometimes holds control characters that XML 1.0 forbids; XmlWriter would
/// refuse the whole feed over one of them, so they are dropped (and a lone surrogate becomes U+FFFD).
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(c => c is '\t' or '\n' or '\r' or >= ' ' and < '\uD800' or >= '\uE000' and <= '\uFFFD'))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0x9 or 0xA or 0xD or >= 0x20 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000)
            {
                clean.Append(rune.ToString());
            }
        }

        return clean.ToString();
    }
}
