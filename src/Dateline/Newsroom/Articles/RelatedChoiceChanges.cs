using Dateline.Articles;
using Dateline.Data;
using Dateline.Related;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Articles;

/// <summary>
/// The editor's "Related stories" fieldset: articles pinned to the top of this article's related list and articles
/// never to appear in it, each given as an address or a number. Unknown articles and the article itself are refused
/// by field; a change is staged on the article's own save, with a refresh of its list queued in the same transaction.
/// </summary>
public sealed class RelatedChoiceChanges(DatelineDb db, IStringLocalizer<NewsroomLabels> labels)
{
    public const int MaxPins = RelatedList.Length;
    public const int MaxExclusions = 50;

    /// <summary>The current choices as the form shows them: one article address per line.</summary>
    public async Task FillAsync(int articleId, ArticleInput input, CancellationToken cancellationToken)
    {
        var chosen = await db.RelatedChoices.AsNoTracking().Where(c => c.ArticleId == articleId)
            .Join(db.Articles, c => c.OtherId, a => a.Id, (c, a) => new { c.Pinned, c.Position, a.Slug, a.PublishedAt, a.CreatedAt })
            .OrderBy(c => c.Position).ToListAsync(cancellationToken);
        input.RelatedPinned = string.Join('\n', chosen.Where(c => c.Pinned).Select(c => Article.PathFor(c.PublishedAt ?? c.CreatedAt, c.Slug)));
        input.RelatedExcluded = string.Join('\n', chosen.Where(c => !c.Pinned).Select(c => Article.PathFor(c.PublishedAt ?? c.CreatedAt, c.Slug)));
    }

    /// <summary>Checks the posted choices and stages them on the context; nothing is staged when any is refused.</summary>
    public async Task<bool> StageAsync(int articleId, ArticleInput input, ModelStateDictionary errors, DateTime now, CancellationToken cancellationToken)
    {
        var pinned = await ResolveAsync(articleId, "Input.RelatedPinned", input.RelatedPinned, MaxPins, errors, cancellationToken);
        var excluded = await ResolveAsync(articleId, "Input.RelatedExcluded", input.RelatedExcluded, MaxExclusions, errors, cancellationToken);
        if (pinned is null || excluded is null)
        {
            return false;
        }

        if (pinned.Intersect(excluded).Any())
        {
            errors.AddModelError("Input.RelatedExcluded", "An article cannot be both pinned and excluded; remove it from one of the lists.");
            return false;
        }

        var wanted = pinned.Select((id, i) => new RelatedChoice { ArticleId = articleId, OtherId = id, Pinned = true, Position = i })
            .Concat(excluded.Select((id, i) => new RelatedChoice { ArticleId = articleId, OtherId = id, Pinned = false, Position = i }))
            .ToList();
        var current = await db.RelatedChoices.Where(c => c.ArticleId == articleId).ToListAsync(cancellationToken);
        if (current.OrderBy(c => c.OtherId).Select(c => (c.OtherId, c.Pinned, c.Position))
            .SequenceEqual(wanted.OrderBy(c => c.OtherId).Select(c => (c.OtherId, c.Pinned, c.Position))))
        {
            return true;
        }

        db.RelatedChoices.RemoveRange(current);
        db.RelatedChoices.AddRange(wanted);
        // The article row may not change at all (only its choices did): its list is queued here, in the same save.
        db.RelatedRefreshes.Add(new RelatedRefresh { ArticleId = articleId, QueuedAt = now });
        return true;
    }

    private async Task<List<int>?> ResolveAsync(
        int articleId, string field, string? text, int max, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var entries = (text ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (entries.Count > max)
        {
            errors.AddModelError(field, labels["List at most {0} articles here.", max]);
            return null;
        }

        var ids = new List<int>();
        foreach (var entry in entries)
        {
            var id = await FindAsync(entry, cancellationToken);
            if (id is null)
            {
                errors.AddModelError(field, labels["No article was found for “{0}”; give its address or its number.", entry]);
                return null;
            }

            if (id == articleId)
            {
                errors.AddModelError(field, "An article cannot be related to itself; give another article.");
                return null;
            }

            ids.Add(id.Value);
        }

        return ids.Distinct().ToList();
    }

    // "42", "/2026/11/29/some-slug", or the full address copied from the browser.
    private async Task<int?> FindAsync(string entry, CancellationToken cancellationToken)
    {
        if (int.TryParse(entry, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return await db.Articles.Where(a => a.Id == number).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        }

        var path = Uri.TryCreate(entry, UriKind.Absolute, out var url) ? url.AbsolutePath : entry.Split('?', '#')[0];
        var slug = Slug.Key(path.TrimEnd('/').Split('/').Last());
        return slug.Length is 0 or > 200 ? null
            : await db.Articles.Where(a => a.Slug == slug).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
