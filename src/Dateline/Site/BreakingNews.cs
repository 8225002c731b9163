namespace Dateline.Site;

/// <summary>A line in the breaking-news ticker, shown from StartsAt until it expires.</summary>
public sealed class BreakingNews
{
    public int Id { get; set; }
    public required string Text { get; set; }
    public string? Url { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime? ExpiresAt { get; set; }

    public bool IsLive(DateTime now) => StartsAt <= now && (ExpiresAt is null || ExpiresAt > now);
}
