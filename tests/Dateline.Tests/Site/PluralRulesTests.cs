using System.Globalization;
using Dateline.Site;

namespace Dateline.Tests.Site;

public sealed class PluralRulesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Dari = CultureInfo.GetCultureInfo("fa-AF");

    [Theory]
    [InlineData("0", PluralRules.Other)]
    [InlineData("1", PluralRules.One)]
    [InlineData("2", PluralRules.Other)]
    [InlineData("1.5", PluralRules.Other)]
    [InlineData("1.0", PluralRules.Other)]
    [InlineData("21", PluralRules.Other)]
    [InlineData("101", PluralRules.Other)]
    [InlineData("-1", PluralRules.One)]
    public void English_has_one_only_for_a_bare_1(string number, string category) =>
        Assert.Equal(category, PluralRules.Category(decimal.Parse(number, CultureInfo.InvariantCulture), English));

    [Theory]
    [InlineData("0", PluralRules.One)]
    [InlineData("1", PluralRules.One)]
    [InlineData("0.5", PluralRules.One)]
    [InlineData("1.0", PluralRules.One)]
    [InlineData("2", PluralRules.Other)]
    [InlineData("1.5", PluralRules.Other)]
    [InlineData("21", PluralRules.Other)]
    [InlineData("101", PluralRules.Other)]
    public void Dari_has_one_for_integer_part_0_or_exactly_1(string number, string category) =>
        Assert.Equal(category, PluralRules.Category(decimal.Parse(number, CultureInfo.InvariantCulture), Dari));

    [Fact]
    public void Persian_of_Iran_follows_the_same_rule_as_Dari() =>
        Assert.Equal(PluralRules.One, PluralRules.Category(0, CultureInfo.GetCultureInfo("fa-IR")));

    [Fact]
    public void The_invariant_culture_counts_as_English_since_it_shows_the_English_keys()
    {
        Assert.Equal(PluralRules.One, PluralRules.Category(1, CultureInfo.InvariantCulture));
        Assert.Equal(PluralRules.Other, PluralRules.Category(0, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public void A_language_without_rules_is_always_other(string culture)
    {
        foreach (var number in new[] { 0m, 1m, 2m, 1.5m, 21m, 101m })
        {
            Assert.Equal(PluralRules.Other, PluralRules.Category(number, CultureInfo.GetCultureInfo(culture)));
        }
    }
}
