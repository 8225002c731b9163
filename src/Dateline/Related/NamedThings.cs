namespace Dateline.Related;

/// <summary>
/// The people, places and organisations an article names, found the way a reader would spot them in English copy:
/// runs of capitalised words that do not merely open a sentence ("Karakoram Highway", "World Food Programme"), and the
/// dateline's place. A heuristic with no dictionary: it misses some and finds a few that are not, which the weighting bears.
/// </summary>
public static class NamedThings
{
    private const int MaxWords = 5;

    // Small words allowed inside a name when capitalised words stand on both sides: "Ministry of Energy", "Bank of the South".
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "the", "de", "al", "el", "bin" };

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', ':'];

    /// <returns>Each name lower-cased, with how often the article uses it.</returns>
    public static IReadOnlyList<(string Name, int Count)> In(string headline, string? standfirst, string bodyText, string? datelinePlace)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // A headline in Title Case capitalises every word; only a sentence-case headline tells names apart.
        var texts = IsTitleCase(headline) ? [standfirst, bodyText] : new[] { headline, standfirst, bodyText };
        foreach (var text in texts.OfType<string>())
        {
            foreach (var name in Runs(text))
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        if (!string.IsNullOrWhiteSpace(datelinePlace))
        {
            var place = datelinePlace.Trim().ToLowerInvariant();
            counts[place] = counts.GetValueOrDefault(place) + 1;
        }

        return counts.Select(c => (c.Key, c.Value)).ToList();
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var run = new List<string>();
        var atSentenceStart = true;
        var runStartsSentence = false;
        foreach (var raw in words)
        {
            var word = Clean(raw);
            var endsClause = raw.TrimEnd('"', '\'', '”', '’', ')').Length > 0 && raw.TrimEnd('"', '\'', '”', '’', ')')[^1] is '.' or '!' or '?' or ';' or ':' or ',';
            var capitalised = word.Length > 0 && char.IsUpper(word[0]);
            if (capitalised)
            {
                if (run.Count == 0)
                {
                    runStartsSentence = atSentenceStart;
                }

                run.Add(word);
            }
            else if (run.Count > 0 && Joiners.Contains(word) && !endsClause)
            {
                run.Add(word);
            }
            else if (Finish(run, runStartsSentence) is { } name)
            {
                yield return name;
            }

            atSentenceStart = raw.Length > 0 && SentenceEnds.Contains(raw.TrimEnd('"', '\'', '”', '’', ')').LastOrDefault());
            if (endsClause && Finish(run, runStartsSentence) is { } ended)
            {
                yield return ended;
            }
        }

        if (Finish(run, runStartsSentence) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Ends the current run: trims trailing joiners, drops a sentence's opening word, and clears it.</summary>
    private static string? Finish(List<string> run, bool startsSentence)
    {
        if (run.Count == 0)
        {
            return null;
        }

        var words = run.ToList();
        run.Clear();
        while (words.Count > 0 && Joiners.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "Officials said…", "In Kabul…", "Residents of Kabul…": a sentence's first word is capitalised by grammar, so it
        // belongs to a name only when the very next word is capitalised too ("Karakoram Highway reopened").
        if (startsSentence && words.Count > 0 && (words.Count == 1 || !char.IsUpper(words[1][0]) || StopWords.Contains(words[0].ToLowerInvariant())))
        {
            words.RemoveAt(0);
            while (words.Count > 0 && Joiners.Contains(words[0]))
            {
                words.RemoveAt(0);
            }
        }

        if (words.Count == 0 || words.Count > MaxWords)
        {
            return null;
        }

        var name = string.Join(' ', words).ToLowerInvariant();
        return words.Count == 1 && (StopWords.Contains(name) || name.Length < 2) ? null : name;
    }

    // Quotes, brackets and a possessive's "'s" are not part of the name.
    private static string Clean(string word)
    {
        var trimmed = word.Trim('"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ',', '.', ';', ':', '!', '?', '–', '—');
        foreach (var possessive in new[] { "'s", "’s" })
        {
            if (trimmed.EndsWith(possessive, StringComparison.Ordinal))
            {
                trimmed = trimmed[..^possessive.Length];
            }
        }

        return trimmed;
    }

    private static bool IsTitleCase(string headline)
    {
        var words = headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        return words.Count >= 3 && words.Count(w => char.IsUpper(w[0])) >= words.Count * 0.7;
    }
}
