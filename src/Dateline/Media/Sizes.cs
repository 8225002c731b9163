namespace Dateline.Media;

/// <summary>
/// The sizes attribute for each place a picture appears: how wide site.css lays it out, so the browser can pick
/// a rendition before it has the stylesheet. Change these with the layout.
/// </summary>
public static class Sizes
{
    /// <summary>The article's lead image fills the text column (--measure, 42rem) or the screen less its padding.</summary>
    public const string ArticleLead = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    /// <summary>The home page's top story takes three fifths of the 72rem page beside its headline from 48rem up.</summary>
    public const string HomeLead = "(min-width: 72rem) 41rem, (min-width: 48rem) 60vw, calc(100vw - 2rem)";

    /// <summary>Cards fill a grid of columns at least 15rem wide: four across the full page, two on a tablet, one on a phone.</summary>
    public const string Card = "(min-width: 72rem) 17rem, (min-width: 34rem) 50vw, calc(100vw - 2rem)";

    public const string CheckAlso = "8rem";

    public const string AuthorPhoto = "6rem";
}
