using System.Globalization;

namespace Dateline.Articles;

/// <summary>The writing direction of an article's language, for its container's dir when the page's differs.</summary>
public static class ArticleDirection
{
    public static string Of(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language).TextInfo.IsRightToLeft ? "rtl" : "ltr";
        }
        catch (CultureNotFoundException)
        {
            return "ltr";
        }
    }
}
