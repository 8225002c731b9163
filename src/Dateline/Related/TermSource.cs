namespace Dateline.Related;

/// <summary>What <see cref="Terms"/> reads of an article: its words, where it was filed from and how the desk filed it.</summary>
public sealed record TermSource(
    string Headline,
    string? Standfirst,
    string BodyText,
    string Language,
    string? DatelinePlace,
    int PrimarySectionId,
    int? StoryId,
    IReadOnlyCollection<int> TagIds);
