using System.Globalization;

namespace Dateline.Site;

/// <summary>
/// CLDR cardinal plural categories, as data: each language lists its categories other than "other" with the rule that
/// selects it, tested in order; a number no rule takes, and every number in a language not listed, is "other".
/// Adding Pashto or Arabic is adding a row (Arabic's zero/two/few/many are just more named rules).
/// The operands are CLDR's: n the absolute value, i its integer digits, v the count of visible fraction digits.
/// </summary>
public static class PluralRules
{
    public const string One = "one";
    public const string Other = "other";

    /// <summary>The numbers as CLDR's rules see them.</summary>
    public readonly record struct Operands(decimal N, decimal I, int V)
    {
        public static Operands Of(decimal number)
        {
            var n = Math.Abs(number);
            // decimal keeps its scale: 1.50m has two visible fraction digits, as "1.50" has.
            var v = (decimal.GetBits(n)[3] >> 16) & 0xFF;
            return new Operands(n, decimal.Truncate(n), v);
        }
    }

    private static readonly (string Category, Func<Operands, bool> Applies)[] English = [(One, o => o.I == 1 && o.V == 0)];

    private static readonly Dictionary<string, (string Category, Func<Operands, bool> Applies)[]> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        // English: one is 1 written without a fraction ("1 comment", but "1.0 comments").
        ["en"] = English,
        // The invariant culture (a default edition left without one) shows the keys, which are English.
        ["iv"] = English,
        // Persian and Dari: one is i = 0 or n = 1 (0, 1, 0.5); the noun after a number stays singular anyway.
        ["fa"] = [(One, o => o.I == 0 || o.N == 1)],
    };

    /// <summary>The category of <paramref name="number"/> in <paramref name="culture"/>'s language.</summary>
    public static string Category(decimal number, CultureInfo culture)
    {
        if (!Rules.TryGetValue(culture.TwoLetterISOLanguageName, out var rules))
        {
            return Other;
        }

        var operands = Operands.Of(number);
        foreach (var (category, applies) in rules)
        {
            if (applies(operands))
            {
                return category;
            }
        }

        return Other;
    }
}
