using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Dateline.Newsroom.Desk.Tags;

/// <summary>Every tag with how many articles carry it, by name, a page at a time; found by part of its name.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db) : DeskPage
{
    public const string Path = "/admin/desk/tags";

    public override string Title => "Tags";

    public sealed record Row(int Id, string Name, string Slug, int Articles);

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? pageText, string? notice, CancellationToken cancellationToken)
    {
        if (Paging.ParsePage(pageText) is not { } page)
        {
            return NotFound();
        }

        Notice = notice;
        var tags = db.Tags.AsQueryable();
        var words = Q?.Trim() is { Length: > 0 and <= 200 } typed ? typed : null;
        if (words is not null)
        {
            // Slugs are lower-case, so matching them too finds "Kabul" from "kabul" on both databases.
            var slug = Slug.From(words);
            tags = tags.Where(t => t.Name.ToLower().Contains(words.ToLower()) || slug.Length > 0 && t.Slug.Contains(slug));
        }

        var rows = tags.OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Select(t => new Row(t.Id, t.Name, t.Slug, db.Articles.Count(a => a.Tags.Any(x => x.Id == t.Id))));
        var basePath = words is null ? Path : QueryHelpers.AddQueryString(Path, "q", words);
        (Rows, Paging) = await Paging.ReadAsync(rows, basePath, page, 50, cancellationToken);
        return Page();
    }
}
