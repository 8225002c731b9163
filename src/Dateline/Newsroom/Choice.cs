namespace Dateline.Newsroom;

/// <summary>A single-choice picker with an empty option, rendered by _Choice.cshtml.</summary>
public sealed record Choice(string Name, string Label, int? Selected, IReadOnlyList<Articles.EditorChoices.Option> Options, string NoneLabel, string? Error)
{
    public string Id => FieldId.Of(Name);
}
