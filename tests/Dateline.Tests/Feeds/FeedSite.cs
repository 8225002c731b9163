using Dateline.Articles;
using Dateline.Authors;
using Dateline.Comments;
using Dateline.Sections;
using Dateline.Stories;
using Dateline.Tags;
using Dateline.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Feeds;

/// <summary>
/// The demo site plus a small newsroom of its own for the feeds: a section with a sub-section, a tag, an author and a
/// story, articles in every state, and comments in every moderation state, each with an email address to look for.
/// </summary>
public sealed class FeedSite : NewsroomSite
{
    public const string ApprovedEmail = "approved-commenter-secret@private.example";
    public const string HeldEmail = "held-commenter-secret@private.example";

    public string Parent { get; private set; } = "";
    public string Child { get; private set; } = "";
    public string Tag { get; private set; } = "";
    public string Author { get; private set; } = "";
    public string Story { get; private set; } = "";

    /// <summary>Filed in the sub-section, tagged, bylined and part of the story, with a featured image and comments.</summary>
    public Article InChild { get; private set; } = null!;

    /// <summary>Filed in the parent section only.</summary>
    public Article InParent { get; private set; } = null!;

    /// <summary>Everything about them says they belong in the feeds above, but none is published now.</summary>
    public IReadOnlyList<Article> NotPublished { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var run = Guid.NewGuid().ToString("N")[..6];
        await WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var parent = new Section { Slug = "feeds-" + run, Name = "Feeds parent " + run, Path = "feeds-" + run, Description = "Where feeds are tested" };
            var child = new Section { Slug = "child", Name = "Feeds child " + run, Path = parent.Path + "/child", Parent = parent };
            var tag = new Tag { Slug = "feed-tag-" + run, Name = "Feed tag " + run };
            var author = new Author { Slug = "feed-author-" + run, Name = "Feed Author " + run };
            var story = new Story { Slug = "feed-story-" + run, Title = "Feed story " + run, CreatedAt = now };
            var image = await db.Media.Where(m => m.AltText != "" && m.Width > 0).OrderBy(m => m.Id).FirstAsync();

            Article Make(string headline, Section section, ArticleStatus status, DateTime? published, bool everything) => new()
            {
                Slug = Dateline.Site.Slug.From(headline),
                Headline = headline,
                Standfirst = "Standfirst of " + headline,
                BodyHtml = $"<p>Body of {headline} with <a href=\"/about\">a local link</a>.</p>",
                Status = status,
                CreatedAt = now.AddHours(-5),
                PublishedAt = published,
                ScheduledFor = status == ArticleStatus.Scheduled ? now.AddDays(1) : null,
                PrimarySection = section,
                Sections = [section],
                Tags = everything ? [tag] : [],
                Bylines = everything ? [new Byline { Author = author, Position = 0 }] : [],
                Story = everything ? story : null,
                FeaturedImage = everything ? image : null,
            };

            InChild = Make("Feeds child article " + run, child, ArticleStatus.Published, now.AddSeconds(-20), everything: true);
            InParent = Make("Feeds parent article " + run, parent, ArticleStatus.Published, now.AddSeconds(-30), everything: false);
            // Imported copy can hold characters XML 1.0 forbids; the feeds must still be well-formed.
            InParent.BodyHtml = "<p>Pasted from a word processor:\u000B a vertical tab.</p>";
            NotPublished =
            [
                Make("Feeds draft " + run, child, ArticleStatus.Draft, null, everything: true),
                Make("Feeds scheduled " + run, child, ArticleStatus.Scheduled, null, everything: true),
                Make("Feeds future " + run, child, ArticleStatus.Published, now.AddDays(2), everything: true),
                Make("Feeds unpublished " + run, child, ArticleStatus.Unpublished, now.AddHours(-1), everything: true),
            ];
            db.Articles.AddRange([InChild, InParent, .. NotPublished]);
            await db.SaveChangesAsync();

            Comment Said(Article article, string body, string email, ModerationStatus status, int minutesAgo) => new()
            {
                ArticleId = article.Id, AuthorName = "Reader " + body.Split(' ')[0], AuthorEmail = email, Body = body,
                Status = status, CreatedAt = now.AddMinutes(-minutesAgo),
            };

            db.Comments.AddRange(
                Said(InChild, "Older approved comment with <b>markup</b> & more", ApprovedEmail, ModerationStatus.Approved, 10),
                Said(InChild, "Newer approved comment", ApprovedEmail, ModerationStatus.Approved, 5),
                Said(InChild, "Held comment", HeldEmail, ModerationStatus.Pending, 4),
                Said(InChild, "Spam comment", HeldEmail, ModerationStatus.Spam, 3),
                Said(InChild, "Binned comment", HeldEmail, ModerationStatus.Trash, 2),
                Said(NotPublished[0], "Comment on a draft", ApprovedEmail, ModerationStatus.Approved, 1));
            await db.SaveChangesAsync();
            (Parent, Child, Tag, Author, Story) = (parent.Path, child.Path, tag.Slug, author.Slug, story.Slug);
        });
    }
}

[CollectionDefinition(Name)]
public sealed class FeedCollection : ICollectionFixture<FeedSite>
{
    public const string Name = "feeds";
}
