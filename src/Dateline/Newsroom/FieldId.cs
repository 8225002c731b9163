namespace Dateline.Newsroom;

/// <summary>The HTML id of a posted field ("Input.Headline" → "input-headline"), so error summaries can link to it.</summary>
public static class FieldId
{
    public static string Of(string name) => name.Replace('.', '-').ToLowerInvariant();
}
