using Dateline.Related;

namespace Dateline.Tests.Related;

public sealed class TermsTests
{
    private static TermSource Source(string headline, string body, string? standfirst = null, string? place = null, int? story = null, params int[] tags) =>
        new(headline, standfirst, body, "en", place, PrimarySectionId: 3, StoryId: story, TagIds: tags);

    private static Dictionary<string, double> Weights(TermSource source) => Terms.Of(source).ToDictionary(t => t.Term, t => t.Weight);

    [Fact]
    public void Headline_words_weigh_more_than_standfirst_words_and_those_more_than_body_words()
    {
        var weights = Weights(Source("Saffron harvest breaks record", "The pomegranate crop was thin this autumn.", standfirst: "Growers count vineyards."));
        Assert.True(weights["saffron"] > weights["vineyards"]);
        Assert.True(weights["vineyards"] > weights["pomegranate"]);
    }

    [Fact]
    public void Body_words_weigh_more_the_more_often_they_occur()
    {
        var weights = Weights(Source("Update", "Water shortages. Water queues. Water prices rose while bread stayed cheap."));
        Assert.True(weights["water"] > weights["bread"]);
    }

    [Fact]
    public void Stop_words_short_tokens_and_numbers_are_dropped_and_words_lower_cased()
    {
        var terms = Terms.Of(Source("The Minister Said It Was An Ox", "He said 2025 would be at 40 percent of the total.")).Select(t => t.Term).ToList();
        Assert.Contains("minister", terms);
        Assert.Contains("total", terms);
        foreach (var dropped in new[] { "the", "said", "it", "was", "an", "ox", "he", "2025", "40", "percent", "Minister" })
        {
            Assert.DoesNotContain(dropped, terms);
        }
    }

    [Fact]
    public void Words_of_other_scripts_are_kept_as_written()
    {
        var terms = Terms.Of(new TermSource("سیلاب در تخار", null, "کابل و هرات", "fa", null, 1, null, [])).Select(t => t.Term).ToList();
        Assert.Contains("سیلاب", terms);
        Assert.Contains("تخار", terms);
        Assert.Contains("کابل", terms);
        Assert.Contains("در", terms);
    }

    [Fact]
    public void Story_tags_and_section_are_terms_with_the_story_heaviest_and_the_section_lightest()
    {
        var weights = Weights(Source("Headline here", "Body text here.", story: 7, tags: [4, 9]));
        Assert.Equal(Terms.Story, weights["story:7"]);
        Assert.Equal(Terms.Tag, weights["tag:4"]);
        Assert.Equal(Terms.Tag, weights["tag:9"]);
        Assert.Equal(Terms.Section, weights["section:3"]);
    }

    [Fact]
    public void Names_are_runs_of_capitalised_words_that_do_not_merely_open_a_sentence()
    {
        var body = "Officials said the Karakoram Highway was closed near Gilgit. The World Food Programme sent trucks on Monday. " +
                   "Residents of Hunza waited. Traffic resumed.";
        var names = NamedThings.In("Landslide blocks the road", null, body, "GILGIT").ToDictionary(n => n.Name, n => n.Count);
        Assert.Contains("karakoram highway", names.Keys);
        Assert.Contains("world food programme", names.Keys);
        Assert.Contains("hunza", names.Keys);
        Assert.Equal(2, names["gilgit"]);
        Assert.DoesNotContain("officials", names.Keys);
        Assert.DoesNotContain("traffic", names.Keys);
        Assert.DoesNotContain("monday", names.Keys);
        Assert.DoesNotContain("residents of hunza", names.Keys);

        var weights = Weights(Source("Landslide blocks the road", body, place: "GILGIT"));
        Assert.True(weights["name:karakoram highway"] >= Terms.Name);
        Assert.True(weights["name:gilgit"] > weights["name:hunza"]);
    }

    [Fact]
    public void A_title_case_headline_is_not_taken_for_a_run_of_names()
    {
        var names = NamedThings.In("Traders Fear Losses As Border Stays Shut", null, "Nothing capitalised here.", null);
        Assert.Empty(names);
    }

    [Fact]
    public void Terms_are_bounded_fit_the_column_and_come_out_the_same_every_time()
    {
        var body = string.Join(' ', Enumerable.Range(0, 200).Select(i => "word" + new string((char)('a' + i % 26), 1 + i / 26)));
        var source = Source("Many words " + new string('x', 100), body, tags: [.. Enumerable.Range(1, 30)]);
        var terms = Terms.Of(source);
        Assert.True(terms.Count <= Terms.MaxTerms);
        Assert.All(terms, t => Assert.InRange(t.Term.Length, 1, ArticleTerm.MaxTermLength));
        Assert.Equal(terms.Count, terms.Select(t => t.Term).Distinct().Count());
        Assert.Equal(terms, Terms.Of(source));
    }

    [Fact]
    public void Pins_come_first_in_their_order_and_exclusions_never()
    {
        var scored = new[] { new RelatedList.Entry(2, 9), new RelatedList.Entry(3, 8), new RelatedList.Entry(4, 7), new RelatedList.Entry(1, 99) };
        RelatedChoice[] choices =
        [
            new() { ArticleId = 1, OtherId = 4, Pinned = true, Position = 1 },
            new() { ArticleId = 1, OtherId = 5, Pinned = true, Position = 0 },
            new() { ArticleId = 1, OtherId = 2, Pinned = false },
        ];
        var list = RelatedList.Rank(1, scored, choices, _ => true);
        Assert.Equal([5, 4, 3], list.Select(e => e.Id));
    }
}
