using System.Globalization;

namespace Dateline.Site;

/// <summary>
/// Digits as readers of the page's language write them. .NET formats every culture with ASCII digits (it ignores
/// NumberFormatInfo.DigitSubstitution), so Dari, Persian and Pashto text gets its Extended Arabic-Indic digits
/// (۰۱۲۳…) here. Only text a reader sees goes through this: datetime attributes, URLs and JSON-LD keep ASCII.
/// </summary>
public static class Numerals
{
    public static bool UsesNativeDigits(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName is "fa" or "ps" && culture.NumberFormat.NativeDigits is [var zero, ..] && zero != "0";

    public static string Localize(string text, CultureInfo culture)
    {
        if (!UsesNativeDigits(culture) || !text.Any(char.IsAsciiDigit))
        {
            return text;
        }

        var digits = culture.NumberFormat.NativeDigits;
        return string.Create(text.Length, (text, digits), static (span, state) =>
        {
            for (var i = 0; i < state.text.Length; i++)
            {
                var c = state.text[i];
                span[i] = char.IsAsciiDigit(c) ? state.digits[c - '0'][0] : c;
            }
        });
    }

    /// <summary>A count or page number for the current culture: grouped ("12,345" / "۱۲٬۳۴۵") and in its digits.</summary>
    public static string Format(long number) => Format(number, CultureInfo.CurrentUICulture);

    public static string Format(long number, CultureInfo culture) =>
        Localize(number.ToString("N0", culture), culture);
}
