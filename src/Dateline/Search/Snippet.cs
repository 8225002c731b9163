using Microsoft.AspNetCore.Html;

namespace Dateline.Search;

/// <summary>
/// Engines mark matches with two private-use characters rather than HTML, so the extract (article text, which may
/// hold anything) is encoded as text and only the markers become &lt;mark&gt; elements.
/// </summary>
public static class Snippet
{
    public const char Start = '\uE000';
    public const char End = '\uE001';

    /// <summary>The extract as HTML: its text encoded when written, and well-formed &lt;mark&gt; pairs whatever markers it holds.</summary>
    public static IHtmlContent ToHtml(string marked)
    {
        var html = new HtmlContentBuilder();
        var open = false;
        var from = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] is not (Start or End))
            {
                continue;
            }

            if (i > from)
            {
                html.Append(marked[from..i]);
            }

            from = i + 1;
            // A marker out of turn (one stored in the article's own text) is dropped, so every <mark> closes.
            if (i == marked.Length ? open : marked[i] == (open ? End : Start))
            {
                html.AppendHtml(open ? "</mark>" : "<mark>");
                open = !open;
            }
        }

        return html;
    }
}
