using System.ComponentModel.DataAnnotations;
using Dateline.Data;
using Dateline.Newsroom.Articles;
using Dateline.Site;
using Dateline.Stories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Stories;

/// <summary>
/// Creates a story or changes one (a new slug leaves a 301 from /story/old), and attaches articles to its timeline
/// or takes them off it. Attaching an article that belongs to another story moves it to this one.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class EditModel(DatelineDb db, ArticleChanges addresses, TimeProvider clock) : DeskPage
{
    public override string Title => Story is null ? "New story" : "Story: {0}";

    public override object[] TitleArguments => Story is null ? [] : [Story.Title];

    public sealed class StoryInput
    {
        [Required(ErrorMessage = "Please give the story's title.")]
        [StringLength(500, ErrorMessage = "A title can be at most 500 characters.")]
        public string? Title { get; set; }

        [StringLength(200, ErrorMessage = "A slug can be at most 200 characters.")]
        public string? Slug { get; set; }

        [StringLength(4000, ErrorMessage = "A summary can be at most 4,000 characters.")]
        public string? Summary { get; set; }

        /// <summary>Null follows the site's setting; a contested story may hold every comment.</summary>
        public Dateline.Comments.CommentModeration? CommentModeration { get; set; }
    }

    public sealed record ArticleRow(int Id, string Headline, string? OtherStory);

    [BindProperty]
    public StoryInput Input { get; set; } = new();

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    public Story? Story { get; private set; }
    public IReadOnlyList<ArticleRow> Attached { get; private set; } = [];
    public IReadOnlyList<ArticleRow> Found { get; private set; } = [];

    public string Action => Story is null ? "/admin/desk/stories/new" : $"/admin/desk/stories/{Story.Id}";

    public async Task<IActionResult> OnGetAsync(string id, string? notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Notice = notice;
        Input = Story is null ? new StoryInput() : new StoryInput { Title = Story.Title, Slug = Story.Slug, Summary = Story.Summary, CommentModeration = Story.CommentModeration };
        if (Story is not null && Q?.Trim() is { Length: > 0 and <= 200 } words)
        {
            var storyId = Story.Id;
            Found = await db.Articles.AsNoTracking().Where(a => a.StoryId != storyId || a.StoryId == null)
                .Where(a => a.Headline.ToLower().Contains(words.ToLower()))
                .OrderByDescending(a => a.PublishedAt ?? a.CreatedAt).Take(20)
                .Select(a => new ArticleRow(a.Id, a.Headline, a.Story == null ? null : a.Story.Title)).ToListAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var slug = Slug.From(string.IsNullOrWhiteSpace(Input.Slug) ? Input.Title ?? "" : Input.Slug);
        if (ModelState.IsValid && slug.Length == 0)
        {
            ModelState.AddModelError("Input.Slug", "A slug needs at least one letter or digit.");
        }
        else if (ModelState.IsValid && await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug && s.Id != (Story == null ? 0 : Story.Id), cancellationToken) is { } other)
        {
            ModelState.AddModelError("Input.Slug", T["The story \"{0}\" already has the slug \"{1}\"; choose another.", other.Title, slug]);
        }

        if (!ModelState.IsValid)
        {
            return Unprocessable();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var story = Story ?? db.Stories.Add(new Story { Slug = slug, Title = "", CreatedAt = now }).Entity;
        var oldUrl = Story?.Url;
        story.Title = Input.Title!.Trim();
        story.Slug = slug;
        story.Summary = string.IsNullOrWhiteSpace(Input.Summary) ? null : Input.Summary.Trim();
        story.CommentModeration = Input.CommentModeration is { } moderation && Enum.IsDefined(moderation) ? moderation : null;
        if (oldUrl is not null && oldUrl != story.Url)
        {
            await addresses.MoveAsync(oldUrl, story.Url, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Done($"/admin/desk/stories/{story.Id}", T["The story \"{0}\" is saved at {1}.", story.Title, story.Url]);
    }

    public Task<IActionResult> OnPostAttachAsync(string id, int articleId, CancellationToken cancellationToken) =>
        SetStoryAsync(id, articleId, attach: true, cancellationToken);

    public Task<IActionResult> OnPostDetachAsync(string id, int articleId, CancellationToken cancellationToken) =>
        SetStoryAsync(id, articleId, attach: false, cancellationToken);

    private async Task<IActionResult> SetStoryAsync(string id, int articleId, bool attach, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Story is null
            || await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        if (!attach && article.StoryId != Story.Id)
        {
            return Done(Action, T["\"{0}\" is not part of this story.", article.Headline]);
        }

        // A tracked change bumps the article's version, so an editor holding an older copy is told rather than undoing it.
        article.StoryId = attach ? Story.Id : null;
        await db.SaveChangesAsync(cancellationToken);
        return Done(Action, T[attach ? "\"{0}\" is part of the story." : "\"{0}\" is no longer part of the story.", article.Headline]);
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (id == "new")
        {
            return true;
        }

        Story = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var storyId)
            ? await db.Stories.FirstOrDefaultAsync(s => s.Id == storyId, cancellationToken)
            : null;
        if (Story is null)
        {
            return false;
        }

        Attached = await db.Articles.AsNoTracking().Where(a => a.StoryId == storyId).OrderByDescending(a => a.PublishedAt ?? a.CreatedAt).Take(500)
            .Select(a => new ArticleRow(a.Id, a.Headline, null)).ToListAsync(cancellationToken);
        return true;
    }
}
