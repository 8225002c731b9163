using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Dateline.Site;

/// <summary>
/// A localized sentence with text from elsewhere in its {0} places (a reader's name, a search), each piece isolated
/// in &lt;bdi&gt;: an English name inside a Dari sentence, or a Dari search on the English site, then keeps its own
/// direction without reordering the words and punctuation around it.
/// </summary>
public static partial class Bidi
{
    /// <param name="format">The label asked for without arguments, so its {0} places are still in it.</param>
    /// <param name="pieces">The text for each place, HTML-encoded here like every other piece of the sentence.</param>
    public static IHtmlContent Sentence(LocalizedString format, params string[] pieces)
    {
        var sentence = new HtmlContentBuilder();
        var at = 0;
        foreach (Match place in Place().Matches(format.Value))
        {
            sentence.Append(format.Value[at..place.Index]);
            var index = int.Parse(place.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            sentence.AppendHtml("<bdi>").Append(index < pieces.Length ? pieces[index] : "").AppendHtml("</bdi>");
            at = place.Index + place.Length;
        }

        return sentence.Append(format.Value[at..]);
    }

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Place();
}
