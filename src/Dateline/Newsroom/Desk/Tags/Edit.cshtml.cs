using System.ComponentModel.DataAnnotations;
using Dateline.Data;
using Dateline.Newsroom.Articles;
using Dateline.Site;
using Dateline.Tags;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Tags;

/// <summary>
/// One tag: rename it (a new slug leaves a 301 from /tag/old), merge it into another (its articles carry the other,
/// and its address leads there), or delete it.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class EditModel(DatelineDb db, ArticleChanges addresses, TimeProvider clock) : DeskPage
{
    public override string Title => "Tag: {0}";

    public override object[] TitleArguments => [Tag.Name];

    public sealed class RenameInput
    {
        [Required(ErrorMessage = "Please give the tag's name.")]
        [StringLength(200, ErrorMessage = "A tag's name can be at most 200 characters.")]
        public string? Name { get; set; }

        [StringLength(200, ErrorMessage = "A slug can be at most 200 characters.")]
        public string? Slug { get; set; }
    }

    [BindProperty]
    public RenameInput Input { get; set; } = new();

    public Tag Tag { get; private set; } = null!;
    public int ArticleCount { get; private set; }
    public string? Into { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new RenameInput { Name = Tag.Name, Slug = Tag.Slug };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var slug = Slug.From(string.IsNullOrWhiteSpace(Input.Slug) ? Input.Name ?? "" : Input.Slug);
        if (ModelState.IsValid && slug.Length == 0)
        {
            ModelState.AddModelError("Input.Slug", "A slug needs at least one letter or digit.");
        }
        else if (ModelState.IsValid && await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug && t.Id != id, cancellationToken) is { } other)
        {
            ModelState.AddModelError("Input.Slug", T["The tag \"{0}\" already has the slug \"{1}\"; merge this tag into it instead.", other.Name, slug]);
        }

        if (!ModelState.IsValid)
        {
            return Unprocessable();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var oldUrl = Tag.Url;
        Tag.Name = Input.Name!.Trim();
        Tag.Slug = slug;
        if (oldUrl != Tag.Url)
        {
            await addresses.MoveAsync(oldUrl, Tag.Url, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Done(IndexModel.Path, T["The tag \"{0}\" is saved at {1}.", Tag.Name, Tag.Url]);
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, string? into, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new RenameInput { Name = Tag.Name, Slug = Tag.Slug };
        Into = into;
        var slug = Slug.From(into ?? "");
        var target = slug.Length == 0 ? null : await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (target is null || target.Id == Tag.Id)
        {
            ModelState.AddModelError("into", target is null ? "There is no tag of that name; give the name or slug of an existing tag." : "A tag cannot be merged into itself.");
            return Unprocessable();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var articles = await db.Articles.Include(a => a.Tags).Where(a => a.Tags.Any(t => t.Id == Tag.Id)).ToListAsync(cancellationToken);
        foreach (var article in articles)
        {
            article.Tags.RemoveAll(t => t.Id == Tag.Id);
            if (article.Tags.All(t => t.Id != target.Id))
            {
                article.Tags.Add(target);
            }
        }

        db.Tags.Remove(Tag);
        await addresses.MoveAsync(Tag.Url, target.Url, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Done(IndexModel.Path, T.Plural("\"{1}\" is merged into \"{2}\": {0} articles moved, and {3} now leads to {4}.", articles.Count, Tag.Name, target.Name, Tag.Url, target.Url));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // Articles keep their other tags; the join rows of this one go with it.
        db.Tags.Remove(Tag);
        await db.SaveChangesAsync(cancellationToken);
        return Done(IndexModel.Path, T.Plural("The tag \"{1}\" is deleted; {0} articles no longer carry it.", ArticleCount, Tag.Name));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Tags.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } tag)
        {
            return false;
        }

        Tag = tag;
        ArticleCount = await db.Articles.CountAsync(a => a.Tags.Any(t => t.Id == id), cancellationToken);
        return true;
    }
}
