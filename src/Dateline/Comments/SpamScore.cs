using System.Text.RegularExpressions;

namespace Dateline.Comments;

/// <summary>
/// How much a comment looks like spam, from signs in the comment itself (no third-party service sees it).
/// A doubtful score sends the comment to the moderation queue; nothing is thrown away on a score.
/// </summary>
public static partial class SpamScore
{
    /// <summary>From this score on, a comment waits for a moderator whatever the policy.</summary>
    public const int Doubtful = 5;

    public static int Of(CommentSubmission submission)
    {
        var body = submission.Body;
        var links = Links(body);
        var score = 0;
        score += Math.Min(links, 5);
        score += links > 0 && body.Length < 40 ? 3 : 0;
        score += UrlLike().IsMatch(submission.Name) ? 4 : 0;
        // Forum link markup in a plain-text comment box is written for bots' other targets, not for readers.
        score += body.Contains("[url=", StringComparison.OrdinalIgnoreCase) || body.Contains("<a href", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        score += RepeatedCharacter().IsMatch(body) ? 1 : 0;
        var letters = body.Count(char.IsLetter);
        score += letters > 20 && body.Count(char.IsUpper) > letters * 0.7 ? 2 : 0;
        return score;
    }

    /// <summary>How many web addresses a text holds (the policy's link limit counts the same way).</summary>
    public static int Links(string text) => Url().Count(text);

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?:https?://|www\.|\.(?:com|net|org|ru|info|biz)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLike();

    [GeneratedRegex(@"(.)\1{9,}")]
    private static partial Regex RepeatedCharacter();
}
