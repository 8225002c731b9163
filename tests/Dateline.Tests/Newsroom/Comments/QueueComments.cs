using Dateline.Comments;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Comments;

/// <summary>Readers' comments written straight into the shared site's database, each test with its own words.</summary>
public static class QueueComments
{
    /// <summary>A published article of the test's own, and the path readers open it at.</summary>
    public static async Task<(int Id, string Path)> ArticleAsync(NewsroomSite site)
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var id = await site.CreateArticleAsync(editor, "Commented article " + Guid.NewGuid(), action: "publish");
        return (id, (await site.ArticleAsync(id)).Path);
    }

    public static Task<int> AddAsync(
        NewsroomSite site, int articleId, string body, ModerationStatus status = ModerationStatus.Pending, string? email = null,
        string name = "Queue Reader", int? parentId = null, string? ipHash = null) =>
        site.WithDbAsync(async db =>
        {
            var comment = new Comment
            {
                ArticleId = articleId,
                ParentId = parentId,
                AuthorName = name,
                AuthorEmail = email ?? $"reader-{Guid.NewGuid():N}@example.org",
                Body = body,
                Status = status,
                CreatedAt = DateTime.UtcNow,
                IpHash = ipHash,
                ModerationNote = "first comment from this address",
                SpamScore = 1,
            };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });

    public static Task<Comment?> FindAsync(NewsroomSite site, int id) =>
        site.WithDbAsync(db => db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id));

    public static async Task<ModerationStatus?> StatusAsync(NewsroomSite site, int id) => (await FindAsync(site, id))?.Status;

    public static string Words() => "words-" + Guid.NewGuid().ToString("N")[..12];
}
