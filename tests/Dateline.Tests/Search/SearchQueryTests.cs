using Dateline.Search;

namespace Dateline.Tests.Search;

/// <summary>The parser alone: what a reader types becomes clauses of plain words, and nothing else.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("flood relief", "flood relief")]
    [InlineData("  Flood   RELIEF ", "flood relief")]
    [InlineData("\"flood relief\" kabul", "\"flood relief\" kabul")]
    [InlineData("recons*", "recons*")]
    [InlineData("\"relief conv\"*", "\"relief conv\"*")]
    [InlineData("flood -kabul", "flood -kabul")]
    [InlineData("flood -\"kabul city\"", "flood -\"kabul city\"")]
    [InlineData("kabul OR herat flood", "kabul OR herat flood")]
    [InlineData("kabul or herat", "kabul or herat")]
    [InlineData("e-mail", "\"e mail\"")]
    [InlineData("well-known author's", "\"well known\" \"author s\"")]
    public void Reads_words_phrases_prefixes_exclusions_and_alternatives(string typed, string parsed) =>
        Assert.Equal(parsed, SearchQuery.Parse(typed).ToString());

    [Theory]
    [InlineData("\"unbalanced quote", "unbalanced quote")]
    [InlineData("flood\" relief", "flood relief")]
    [InlineData("title:kabul", "\"title kabul\"")]
    [InlineData("NEAR(flood relief)", "\"near flood\" relief")]
    [InlineData("(flood AND relief) NOT kabul", "flood and relief not kabul")]
    [InlineData("' OR 1=1; DROP TABLE \"Articles\"; --", "\"1 1\" drop table articles")]
    [InlineData("flood\0relief", "\"flood relief\"")]
    [InlineData("🌧️ floods", "floods")]
    [InlineData("a*", "a")]
    [InlineData("%_%", "")]
    [InlineData("*", "")]
    [InlineData("\"", "")]
    [InlineData("-", "")]
    [InlineData("OR", "")]
    [InlineData("OR flood OR", "flood")]
    [InlineData("-flood", "")]
    [InlineData("\"\"", "")]
    [InlineData(":", "")]
    [InlineData("\uE000flood\uE001", "flood")]
    public void Reduces_anything_else_to_plain_words(string typed, string parsed) =>
        Assert.Equal(parsed, SearchQuery.Parse(typed).ToString());

    [Theory]
    [InlineData("کابل سیلاب", "کابل سیلاب")]
    [InlineData("\u200Fسیلاب\u200F", "سیلاب")]
    // Arabic vowel marks are the exception: the index folds them away (ArabicScript), so the query does too.
    [InlineData("الْمَطَر", "المطر")]
    [InlineData("Zürich Ünïcödé", "zürich ünïcödé")]
    public void Keeps_words_of_any_script_with_their_marks(string typed, string parsed) =>
        Assert.Equal(parsed, SearchQuery.Parse(typed).ToString());

    [Fact]
    public void Every_term_holds_only_letters_marks_and_digits()
    {
        var hostile = "\"a\" 'b' `c` ;d; (e) [f] {g} <h> \\i \u0000j \u202Ek \uD83D\uDE00l m:n o^2 p~ q+ r| s& t! u$ v# w@ x= y? z/";
        foreach (var term in SearchQuery.Parse(hostile).Clauses.SelectMany(c => c))
        {
            Assert.All(term.Words, word => Assert.All(word.EnumerateRunes(), rune => Assert.True(
                System.Text.Rune.IsLetterOrDigit(rune) || System.Text.Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark,
                $"'{rune}' in '{word}'")));
        }
    }

    [Fact]
    public void Ten_kilobytes_are_cut_and_the_terms_capped()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 2_000).Select(i => "word" + i)));
        Assert.True(query.WasShortened);
        Assert.Equal(SearchQuery.MaxTerms, query.Clauses.Count);

        var one = SearchQuery.Parse(new string('a', 10_000));
        Assert.True(one.WasShortened);
        Assert.Equal(SearchQuery.MaxLength, one.Clauses.Single().Single().Text.Length);
    }

    [Fact]
    public void A_short_query_is_not_marked_shortened() => Assert.False(SearchQuery.Parse("flood relief").WasShortened);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-only -exclusions")]
    [InlineData("*** ::: \"\" ()")]
    public void Nothing_to_look_for_is_empty(string? typed) => Assert.True(SearchQuery.Parse(typed).IsEmpty);

    [Fact]
    public void Exclusions_and_alternatives_are_kept_apart()
    {
        var query = SearchQuery.Parse("kabul OR herat -rain flood*");
        Assert.Equal(2, query.Clauses.Count);
        Assert.Equal(["kabul", "herat"], query.Clauses[0].Select(t => t.Text));
        Assert.Equal(SearchTermKind.Prefix, query.Clauses[1].Single().Kind);
        Assert.Equal("rain", query.Excluded.Single().Text);
    }
}
