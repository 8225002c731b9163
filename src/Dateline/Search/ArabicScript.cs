using System.Text;

namespace Dateline.Search;

/// <summary>
/// One spelling for Arabic-script words, so that a search matches however the word was typed: Arabic Yeh and Alef
/// Maksura become Persian Yeh (ي ى → ی), Arabic Kaf becomes Keheh (ك → ک), and short-vowel marks (harakat, U+064B–U+0652,
/// the superscript Alef U+0670), the combining Hamza (U+0654/5, the ezafe of "خانهٔ", which PostgreSQL would otherwise
/// keep inside the word and SQLite split it at), the tatweel (ـ) and the zero-width non-joiner are dropped: "كِتَاب" and
/// "می‌دهند" are found as "کتاب" and "میدهند". Applied to the text indexed (SQL in the search migrations, the same
/// characters) and to every query (SearchQueryParser). Text in other scripts passes unchanged.
/// </summary>
public static class ArabicScript
{
    /// <summary>Characters replaced, each by the one at the same place in <see cref="To"/>.</summary>
    public const string From = "يىك";
    public const string To = "ییک";

    /// <summary>Characters dropped.</summary>
    public const string Dropped = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0654\u0655\u0670\u0640\u200C";

    public static string Fold(string text)
    {
        if (!text.Any(c => c is >= '\u0600' and <= '\u06FF' || c == '\u200C'))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var replaced = From.IndexOf(c);
            if (replaced >= 0)
            {
                folded.Append(To[replaced]);
            }
            else if (!Dropped.Contains(c))
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    /// <summary>The same folding as SQL for SQLite (nested replace, which every SQLite has) over <paramref name="column"/>.</summary>
    public static string SqliteSql(string column)
    {
        var sql = $"coalesce({column}, '')";
        for (var i = 0; i < From.Length; i++)
        {
            sql = $"replace({sql}, char({(int)From[i]}), char({(int)To[i]}))";
        }

        foreach (var c in Dropped)
        {
            sql = $"replace({sql}, char({(int)c}), '')";
        }

        return sql;
    }

    /// <summary>The same folding for PostgreSQL: translate maps From to To and drops what has no counterpart.</summary>
    public static string PostgresSql(string column) =>
        $"translate(coalesce({column}, ''), '{From}{Dropped}', '{To}')";
}
