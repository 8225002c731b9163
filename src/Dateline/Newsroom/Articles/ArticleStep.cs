using Dateline.Articles;

namespace Dateline.Newsroom.Articles;

/// <summary>
/// The workflow buttons of the editor: Draft → Pending review → Scheduled or Published → Unpublished.
/// <see cref="IsAllowed"/> is the server's rule; the page shows only the buttons it allows.
/// </summary>
public sealed record ArticleStep(string Kind, string Label, string Done)
{
    public const string Save = "save";
    public const string Submit = "submit";
    public const string Publish = "publish";
    public const string Schedule = "schedule";
    public const string Unpublish = "unpublish";
    public const string BackToDraft = "draft";

    public static IReadOnlyList<ArticleStep> All { get; } =
    [
        new(Save, "Save", "Saved"),
        new(Submit, "Submit for review", "Submitted for review"),
        new(Publish, "Publish", "Published"),
        new(Schedule, "Schedule", "Scheduled"),
        new(Unpublish, "Unpublish", "Unpublished"),
        new(BackToDraft, "Return to draft", "Returned to draft"),
    ];

    public static ArticleStep? Parse(string? kind) => All.FirstOrDefault(s => s.Kind == (kind ?? Save));

    /// <param name="article">Null for an article not saved yet (its creator is the member).</param>
    public bool IsAllowed(Article? article, NewsroomMember member)
    {
        var status = article?.Status ?? ArticleStatus.Draft;
        var publisher = article?.CanBePublishedBy(member) ?? member.CanPublishOwn;
        return Kind switch
        {
            Save => true,
            Submit => status is ArticleStatus.Draft or ArticleStatus.Unpublished,
            Publish => publisher && status is not ArticleStatus.Published,
            Schedule => publisher && status is not ArticleStatus.Published,
            Unpublish => publisher && status is ArticleStatus.Published or ArticleStatus.Scheduled,
            BackToDraft => status is ArticleStatus.PendingReview || publisher && status is ArticleStatus.Scheduled or ArticleStatus.Unpublished,
            _ => false,
        };
    }

    public void Apply(Article article, DateTime now, DateTime? scheduleUtc)
    {
        switch (Kind)
        {
            case Submit:
                article.Status = ArticleStatus.PendingReview;
                break;
            case Publish:
                article.GoLive(now);
                break;
            case Schedule:
                article.Status = ArticleStatus.Scheduled;
                article.ScheduledFor = scheduleUtc;
                break;
            case Unpublish:
                article.Status = ArticleStatus.Unpublished;
                article.ScheduledFor = null;
                break;
            case BackToDraft:
                article.Status = ArticleStatus.Draft;
                article.ScheduledFor = null;
                break;
        }
    }
}
