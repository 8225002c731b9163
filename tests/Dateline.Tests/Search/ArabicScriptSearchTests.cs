using Dateline.Search;

namespace Dateline.Tests.Search;

/// <summary>
/// Persian, Dari and Arabic words are found however they were typed: Arabic or Persian Yeh and Kaf, with or without
/// vowel marks, tatweel or the zero-width non-joiner, on both providers, and never through English stemming.
/// </summary>
[Collection(SearchSiteCollection.Name)]
public sealed class ArabicScriptSearchTests(SearchSite site)
{
    [Fact]
    public async Task Persian_letters_find_text_written_with_arabic_yeh_and_kaf()
    {
        await site.PublishAsync("كتابخانهٔ مركزي هرات بازگشايي شد", "<p>کتاب‌های تازه به قفسه‌ها رسید.</p>", language: "fa-AF");

        Assert.Contains("كتابخانهٔ مركزي هرات بازگشايي شد", await site.HeadlinesAsync("q=" + Uri.EscapeDataString("کتابخانه مرکزی")));
    }

    [Fact]
    public async Task Arabic_letters_in_a_query_find_text_written_with_persian_letters()
    {
        await site.PublishAsync("نمایشگاه قالی در بلخ", "<p>بافندگان کوچک و بزرگ آمدند.</p>", language: "fa-AF");

        Assert.Contains("نمایشگاه قالی در بلخ", await site.HeadlinesAsync("q=" + Uri.EscapeDataString("قالي بافندگان")));
    }

    [Fact]
    public async Task Vowel_marks_and_tatweel_neither_split_nor_hide_a_word()
    {
        await site.PublishAsync("افتتاح المَكْتَبَةِ العامة", "<p>زار الطلاب الكتـــاب الجديد.</p>", language: "ar");

        Assert.Contains("افتتاح المَكْتَبَةِ العامة", await site.HeadlinesAsync("q=" + Uri.EscapeDataString("المكتبة")));
        Assert.Contains("افتتاح المَكْتَبَةِ العامة", await site.HeadlinesAsync("q=" + Uri.EscapeDataString("الكتاب الجَدِيد")));
    }

    [Fact]
    public async Task A_word_with_a_zero_width_non_joiner_is_found_with_or_without_it()
    {
        await site.PublishAsync("کشاورزان آب می‌خواهند", "<p>جوی‌ها خشک شده است.</p>", language: "fa-AF");

        Assert.Contains("کشاورزان آب می‌خواهند", await site.HeadlinesAsync("q=" + Uri.EscapeDataString("میخواهند")));
        Assert.Contains("کشاورزان آب می‌خواهند", await site.HeadlinesAsync("q=" + Uri.EscapeDataString("می‌خواهند")));
    }

    [Fact]
    public async Task Persian_words_are_matched_word_for_word_and_by_prefix()
    {
        await site.PublishAsync("دانشجویان کتابها را برگرداندند", "<p>کتابخانه باز ماند.</p>", language: "fa-AF");

        Assert.Contains("دانشجویان کتابها را برگرداندند", await site.HeadlinesAsync("q=" + Uri.EscapeDataString("کتابها")));
        Assert.Contains("دانشجویان کتابها را برگرداندند", await site.HeadlinesAsync("q=" + Uri.EscapeDataString("دانشجو*")));
        Assert.DoesNotContain("دانشجویان کتابها را برگرداندند", await site.HeadlinesAsync("q=" + Uri.EscapeDataString("دانشجو")));
    }

    [Theory]
    [InlineData("مركزي", "مرکزی")]
    [InlineData("مستشفى", "مستشفی")]
    [InlineData("الكِتَابُ", "الکتاب")]
    [InlineData("کتـــاب", "کتاب")]
    [InlineData("می‌خواهند", "میخواهند")]
    [InlineData("کتابخانهٔ", "کتابخانه")]
    [InlineData("Kabul", "Kabul")]
    public void Folding_gives_one_spelling(string typed, string folded) => Assert.Equal(folded, ArabicScript.Fold(typed));
}
