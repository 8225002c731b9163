using System.Globalization;
using System.Net;
using System.Text;

namespace Dateline.Comments;

/// <summary>A reader's comment as it arrives, before any decision: the fields trimmed, and where it came from.</summary>
public sealed record CommentSubmission(string Body, string Name, string Email, string? Website, IPAddress? SenderAddress)
{
    public static CommentSubmission From(CommentInput input, IPAddress? sender) => new(
        Printable(input.Comment!, keepLines: true), Printable(input.Name!, keepLines: false), Printable(input.Email!, keepLines: false),
        string.IsNullOrWhiteSpace(input.Website) ? null : Printable(input.Website, keepLines: false), sender);

    /// <summary>
    /// Control characters (NUL, bell, escape…) carry nothing a reader wrote and some databases refuse them: they go.
    /// Line breaks stay in the comment; everything else, right-to-left marks and emoji included, is kept as typed.
    /// </summary>
    private static string Printable(string text, bool keepLines)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Control || keepLines && c is '\n' or '\r' or '\t')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
