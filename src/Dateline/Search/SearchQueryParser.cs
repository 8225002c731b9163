using System.Globalization;
using System.Text;

namespace Dateline.Search;

/// <summary>
/// Reads words, "quoted phrases", prefixes (recons*), exclusions (-word) and OR between terms. Whatever else a
/// reader types (operators, brackets, colons, SQL, emoji, control characters) only separates words: a term keeps
/// nothing but letters, combining marks and digits, so no engine ever sees syntax it did not write itself.
/// </summary>
internal static class SearchQueryParser
{
    // A one-letter prefix would walk a large part of either index for a query nobody means.
    private const int MinPrefixLength = 2;

    private sealed record Token(string Text, bool Quoted, bool Excluded, bool Prefix)
    {
        public bool IsOr => !Quoted && !Excluded && !Prefix && Text == "OR";
    }

    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SearchQuery.Nothing;
        }

        var shortened = text.Length > SearchQuery.MaxLength;
        var clauses = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var orPending = false;
        var lastWasClause = false;
        // Folded first: a vowel mark or a tatweel inside a word would otherwise split it.
        foreach (var token in Tokens(ArabicScript.Fold(shortened ? text[..SearchQuery.MaxLength] : text)))
        {
            if (token.IsOr)
            {
                orPending = lastWasClause;
                continue;
            }

            if (TermOf(token) is not { } term)
            {
                continue;
            }

            if (clauses.Sum(c => c.Count) + excluded.Count == SearchQuery.MaxTerms)
            {
                shortened = true;
                break;
            }

            if (token.Excluded)
            {
                excluded.Add(term);
                lastWasClause = false;
            }
            else if (orPending)
            {
                clauses[^1].Add(term);
            }
            else
            {
                clauses.Add([term]);
                lastWasClause = true;
            }

            orPending = false;
        }

        // Exclusions alone would ask for "everything except", which is not a search.
        return clauses.Count == 0 ? SearchQuery.Nothing with { WasShortened = shortened } : new SearchQuery(clauses, excluded, shortened);
    }

    private static IEnumerable<Token> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }

            if (text[i] == '"' && text.IndexOf('"', i + 1) is var close and > 0)
            {
                var prefix = close + 1 < text.Length && text[close + 1] == '*';
                yield return new Token(text[(i + 1)..close], Quoted: true, excluded, prefix);
                i = close + (prefix ? 2 : 1);
                continue;
            }

            // An unbalanced quote is only a separator.
            var start = text[i] == '"' ? i + 1 : i;
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            {
                end++;
            }

            var word = text[start..end];
            yield return new Token(word, Quoted: false, excluded, word.Length > 1 && word.EndsWith('*'));
            i = Math.Max(end, i + 1);
        }
    }

    private static SearchTerm? TermOf(Token token)
    {
        var words = Words(token.Text);
        if (words.Count == 0)
        {
            return null;
        }

        var kind = token.Prefix && new StringInfo(words[^1]).LengthInTextElements >= MinPrefixLength ? SearchTermKind.Prefix
            : words.Count > 1 ? SearchTermKind.Phrase
            : SearchTermKind.Word;
        return new SearchTerm(kind, words);
    }

    /// <summary>Runs of letters, digits and the marks that follow them, lower-cased.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // A mark only ever follows a letter or digit: a lone one, such as an emoji's variation selector, separates.
            if (IsLetterOrDigit(category) || IsMark(category) && word.Length > 0)
            {
                word.Append(rune.ToString());
                continue;
            }

            Flush();
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString().ToLowerInvariant());
                word.Clear();
            }
        }
    }

    private static bool IsLetterOrDigit(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
