using Dateline.Authors;
using Dateline.Data;
using Dateline.Newsroom.Articles;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Authors;

/// <summary>Creates an author's public profile or changes one; a new slug leaves a 301 from the old /author/ address.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class EditModel(DatelineDb db, ArticleChanges addresses, TimeProvider clock) : DeskPage
{
    public override string Title => Author is null ? "New author" : "Author: {0}";

    public override object[] TitleArguments => Author is null ? [] : [Author.Name];

    [BindProperty]
    public AuthorInput Input { get; set; } = new();

    public Author? Author { get; private set; }
    public IReadOnlyList<EditorChoices.Option> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = Author is null ? new AuthorInput() : AuthorInput.From(Author);
        Photos = await ImageChoices.LoadAsync(db, Input.PhotoId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
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
        else if (ModelState.IsValid && await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug && a.Id != (Author == null ? 0 : Author.Id), cancellationToken) is { } other)
        {
            ModelState.AddModelError("Input.Slug", T["{0} already has the slug \"{1}\"; choose another.", other.Name, slug]);
        }

        var (links, badLine) = Input.CheckLinks();
        if (badLine is not null)
        {
            ModelState.AddModelError("Input.Links", T[AuthorInput.NotAnAddress, badLine]);
        }

        if (Input.PhotoId is { } photo && !await ImageChoices.IsUsableAsync(db, photo, cancellationToken))
        {
            ModelState.AddModelError("Input.PhotoId", "Choose a photo from the media library that has alt text.");
        }

        if (!ModelState.IsValid)
        {
            Photos = await ImageChoices.LoadAsync(db, Input.PhotoId, cancellationToken);
            return Unprocessable();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var author = Author ?? db.Authors.Add(new Author { Slug = slug, Name = "" }).Entity;
        var oldUrl = Author?.Url;
        author.Name = Input.Name!.Trim();
        author.Slug = slug;
        author.JobTitle = Blank(Input.JobTitle);
        author.Bio = Blank(Input.Bio);
        author.Location = Blank(Input.Location);
        author.Links = links.Count == 0 ? null : string.Join('\n', links);
        author.PhotoId = Input.PhotoId;
        if (oldUrl is not null && oldUrl != author.Url)
        {
            await addresses.MoveAsync(oldUrl, author.Url, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Done(IndexModel.Path, T["{0}'s profile is saved at {1}.", author.Name, author.Url]);
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (id == "new")
        {
            return true;
        }

        Author = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var authorId)
            ? await db.Authors.FirstOrDefaultAsync(a => a.Id == authorId, cancellationToken)
            : null;
        return Author is not null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
