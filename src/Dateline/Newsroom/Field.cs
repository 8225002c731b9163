namespace Dateline.Newsroom;

/// <summary>A labelled form field of the newsroom, rendered by _Field.cshtml with its error and hint wired for screen readers.</summary>
public sealed record Field(
    string Name,
    string Label,
    string? Value,
    string? Error,
    bool Required = false,
    int? MaxLength = null,
    int Rows = 0,
    string Type = "text",
    string? Hint = null,
    string? Autocomplete = null)
{
    public string Id => FieldId.Of(Name);

    public string? DescribedBy =>
        string.Join(' ', new[] { Error is null ? null : Id + "-error", Hint is null ? null : Id + "-hint" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
