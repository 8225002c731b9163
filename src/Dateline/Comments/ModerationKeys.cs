using System.Net;

namespace Dateline.Comments;

/// <summary>
/// A site's list of moderation keys (WordPress's "Comment Moderation" and "Disallowed Comment Keys"): one per line,
/// each a word or phrase matched, ignoring case, inside the comment, the name, the email address or the website,
/// or an IP address or network (203.0.113.0/24) matched against the sender's address.
/// </summary>
public sealed class ModerationKeys
{
    private readonly List<string> words = [];
    private readonly List<IPNetwork> networks = [];

    public ModerationKeys(string? lines)
    {
        foreach (var line in (lines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (IPNetwork.TryParse(line, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(line, out var address))
            {
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else
            {
                words.Add(line);
            }
        }
    }

    /// <summary>The first key the submission matches, or null.</summary>
    public string? Match(CommentSubmission submission)
    {
        var ip = submission.SenderAddress is { } sender && sender.IsIPv4MappedToIPv6 ? sender.MapToIPv4() : submission.SenderAddress;
        // IPNetwork is a struct: FirstOrDefault over none would be "0.0.0.0/0", which matches everything.
        foreach (var network in networks)
        {
            if (ip is not null && network.Contains(ip))
            {
                return network.ToString();
            }
        }

        string[] fields = [submission.Body, submission.Name, submission.Email, submission.Website ?? ""];
        return words.FirstOrDefault(word => fields.Any(field => field.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }
}
