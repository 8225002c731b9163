using System.Text.Json;

namespace Dateline.Demo;

/// <summary>The demo newsroom as written in demo-newsroom.json: original, fictional reporting.</summary>
public sealed record DemoNewsroom(
    DemoNewsroom.SiteText Site,
    IReadOnlyList<DemoNewsroom.SectionText> Sections,
    IReadOnlyList<DemoNewsroom.AuthorText> Authors,
    IReadOnlyList<DemoNewsroom.TagText> Tags,
    IReadOnlyList<DemoNewsroom.StoryText> Stories,
    IReadOnlyList<DemoNewsroom.ArticleText> Articles,
    IReadOnlyList<DemoNewsroom.PageText> Pages,
    IReadOnlyList<DemoNewsroom.BreakingText> Breaking,
    IReadOnlyList<DemoNewsroom.MenuText> Menu)
{
    public sealed record SiteText(string Name, string? Tagline, string Language, string TimeZone);
    public sealed record SectionText(string Slug, string Name, string? Parent, string? Description);
    public sealed record AuthorText(string Slug, string Name, string? Title, string? Bio, string? Location);
    public sealed record TagText(string Slug, string Name);
    public sealed record StoryText(string Slug, string Title, string? Summary);
    public sealed record ImageText(string Alt, string? Caption, string? Credit);
    public sealed record CommentText(string Key, string? Parent, string Name, string Email, string? Website, string Text, double HoursAfterPublish, string Status);
    public sealed record PageText(string Slug, string Title, IReadOnlyList<string> Body);
    public sealed record BreakingText(string Text, string? ArticleSlug, double HoursAgo);
    public sealed record MenuText(string Label, string Section);

    public sealed record ArticleText(
        string Slug,
        string Headline,
        string? Standfirst,
        string? Dateline,
        string? Source,
        string PrimarySection,
        IReadOnlyList<string> Sections,
        IReadOnlyList<string> Tags,
        IReadOnlyList<string> Authors,
        string? Story,
        double HoursAgo,
        double? UpdatedHoursAgo,
        IReadOnlyList<string> Body,
        ImageText? Image,
        IReadOnlyList<CommentText>? Comments);

    public static DemoNewsroom Load()
    {
        using var stream = typeof(DemoNewsroom).Assembly.GetManifestResourceStream("Dateline.Demo.demo-newsroom.json")
            ?? throw new InvalidOperationException("The demo newsroom resource is missing from the build.");
        return JsonSerializer.Deserialize<DemoNewsroom>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The demo newsroom resource is empty.");
    }
}
