using System.Globalization;
using System.Text;

namespace Dateline.Related;

/// <summary>
/// The weighted terms that say what an article is about: its headline's words weigh most, then the standfirst's, then
/// the body's by how often they occur; the names it mentions weigh heavily; its story, tags and section are terms too
/// ("story:12", "tag:4", "section:3"). A pure function, so the server, the reindex verb and the generator agree.
/// </summary>
public static class Terms
{
    public const int MaxTerms = 24;

    public const double HeadlineWord = 3.0;
    public const double StandfirstWord = 1.5;
    public const double BodyWord = 0.4;
    public const double Name = 4.0;
    public const double Story = 6.0;
    public const double Tag = 3.0;
    public const double Section = 1.0;

    // Most tags say something, but an article tagged with twenty would crowd out its own words.
    private const int MaxTags = 8;

    public readonly record struct Weighted(string Term, double Weight);

    public static IReadOnlyList<Weighted> Of(TermSource article)
    {
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in Distinct(Words(article.Headline)))
        {
            Add(words, word, HeadlineWord);
        }

        foreach (var word in Distinct(Words(article.Standfirst ?? "")))
        {
            Add(words, word, StandfirstWord);
        }

        // Repetition in the body says something, but the fifth "water" says little more than the fourth.
        foreach (var group in Words(article.BodyText).GroupBy(w => w, StringComparer.Ordinal))
        {
            Add(words, group.Key, BodyWord * Math.Min(group.Count(), 5));
        }

        foreach (var (name, count) in NamedThings.In(article.Headline, article.Standfirst, article.BodyText, article.DatelinePlace))
        {
            Add(words, Fit("name:" + name), Name + 0.5 * Math.Min(count - 1, 4));
        }

        var filed = new List<Weighted>();
        if (article.StoryId is { } story)
        {
            filed.Add(new Weighted($"story:{story}", Story));
        }

        filed.AddRange(article.TagIds.Distinct().Order().Take(MaxTags).Select(id => new Weighted($"tag:{id}", Tag)));
        filed.Add(new Weighted($"section:{article.PrimarySectionId}", Section));

        // Ties broken by the term itself, so the same article always gives the same terms.
        return filed.Concat(words
                .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
                .Take(MaxTerms - filed.Count)
                .Select(w => new Weighted(w.Key, Math.Round(w.Value, 3))))
            .ToList();
    }

    /// <summary>The words of a text worth indexing: lower-cased, stop words and very short Latin tokens dropped.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var token = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                token.Append(c);
                continue;
            }

            if (token.Length > 0 && Keep(token.ToString().ToLowerInvariant()) is { } word)
            {
                yield return word;
            }

            token.Clear();
        }
    }

    private static string? Keep(string token)
    {
        if (!token.Any(char.IsLetter))
        {
            return null;
        }

        if (!token.All(IsLatin))
        {
            // Other scripts are kept as written: no stop list of ours would be right for them.
            return token.Length >= 2 ? Fit(token) : null;
        }

        return token.Length >= 3 && !StopWords.Contains(token) ? Fit(token) : null;
    }

    private static bool IsLatin(char c) => c < '\u0250';

    private static string Fit(string term) => term.Length <= Related.ArticleTerm.MaxTermLength ? term : term[..Related.ArticleTerm.MaxTermLength];

    private static IEnumerable<string> Distinct(IEnumerable<string> words) => words.Distinct(StringComparer.Ordinal);

    private static void Add(Dictionary<string, double> weights, string term, double weight) =>
        weights[term] = weights.GetValueOrDefault(term) + weight;
}
