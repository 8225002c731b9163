using Dateline.Search;

namespace Dateline.Tests.Search;

/// <summary>What each engine is sent for a parsed query, and how marked extracts become HTML.</summary>
public sealed class SearchSyntaxTests
{
    [Theory]
    [InlineData("flood", "(\"flood\")")]
    [InlineData("flood relief", "(\"flood\") AND (\"relief\")")]
    [InlineData("\"flood relief\"", "(\"flood relief\")")]
    [InlineData("recons*", "(\"recons\"*)")]
    [InlineData("kabul OR herat", "(\"kabul\" OR \"herat\")")]
    [InlineData("flood -rain -snow", "((\"flood\")) NOT (\"rain\" OR \"snow\")")]
    [InlineData("the flood of the OR relief -a", "(\"flood\") AND (\"relief\")")]
    [InlineData("NEAR(flood, relief) \" OR * : -", "(\"near flood\") AND (\"relief\")")]
    public void FTS5_gets_every_term_quoted(string typed, string expression) =>
        Assert.Equal(expression, SqliteSearchEngine.Expression(SearchQuery.Parse(typed)));

    [Fact]
    public void FTS5_gets_nothing_for_stop_words_alone() => Assert.Null(SqliteSearchEngine.Expression(SearchQuery.Parse("the of -and")));

    [Fact]
    public void PostgreSQL_gets_every_word_as_a_parameter()
    {
        var tsquery = new TsQuery(SearchQuery.Parse("'; DROP TABLE x; -- \"a b\" cl* -d"));
        var sql = tsquery.Whole;
        Assert.DoesNotContain("DROP", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'a", sql);
        Assert.Equal(["drop", "table", "x", "a b", "cl:*", "d"], tsquery.Values);
        Assert.Contains("!!(", sql);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a \uE000flood\uE001 in <b>Kabul</b> & \"more\"", "a <mark>flood</mark> in &lt;b&gt;Kabul&lt;/b&gt; &amp; &quot;more&quot;")]
    [InlineData("\uE000<script>\uE001", "<mark>&lt;script&gt;</mark>")]
    [InlineData("stray \uE001 end \uE000open", "stray  end <mark>open</mark>")]
    [InlineData("\uE000a\uE000b\uE001\uE001", "<mark>ab</mark>")]
    public void Snippet_encodes_text_and_marks_only_matches(string marked, string html)
    {
        using var writer = new StringWriter();
        Snippet.ToHtml(marked).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Equal(html, writer.ToString());
    }

    [Fact]
    public void Snippet_prefers_a_marked_body_then_a_marked_standfirst_then_the_opening()
    {
        Assert.Equal("b \uE000x\uE001", new SearchExtract(1, "s \uE000x\uE001", "b \uE000x\uE001").Snippet);
        Assert.Equal("s \uE000x\uE001", new SearchExtract(1, "s \uE000x\uE001", "body opening").Snippet);
        Assert.Equal("body opening", new SearchExtract(1, "standfirst", "body opening").Snippet);
    }
}
