using System.Globalization;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Editions;
using Dateline.Related;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Articles;

/// <summary>
/// The article editor: write, save, submit for review, publish, schedule, unpublish, correct. Every action checks the
/// member's rights on the server. A save against a version someone else has replaced is refused with both texts shown.
/// The article is written for one edition (?edition= for a new one) and may translate an original of another.
/// </summary>
public sealed class EditModel(
    DatelineDb db, ArticleChanges changes, RelatedChoiceChanges relatedChoices, RelatedRefreshSignal relatedRefresh, NewsroomAccounts accounts,
    SiteChrome chrome, TimeProvider clock, ArticleEditions editions, EditionDirectory directory, IStringLocalizer<NewsroomLabels> labels) : PageModel, INewsroomPage
{
    public string Title => IsNew ? "New article" : "Edit: {0}";

    public object[] TitleArguments => IsNew ? [] : [Article!.Headline];

    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    public Article? Article { get; private set; }
    public EditorChoices Choices { get; private set; } = EditorChoices.Empty;
    public NewsroomMember Member { get; private set; } = null!;
    public ArticleConflict? Conflict { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public string? Notice { get; private set; }

    /// <summary>The edition whose sections the form offers: the posted one when the form comes back, else the article's.</summary>
    public Edition Edition { get; private set; } = global::Dateline.Editions.Edition.English();
    public IReadOnlyList<Edition> AllEditions { get; private set; } = [];

    /// <summary>The story's versions, one per edition, the original first: the editor's links and "Translate into" actions.</summary>
    public IReadOnlyList<Version> Versions { get; private set; } = [];

    public sealed record Version(int Id, string Headline, int EditionId, bool IsOriginal);

    private string siteLanguage = "en";

    public bool IsNew => Article is null;

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(string id, string? saved, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = Article is null ? new ArticleInput { AuthorIds = await OwnAuthorAsync(cancellationToken) } : ArticleInput.From(Article, Zone);
        if (Article is not null)
        {
            await relatedChoices.FillAsync(Article.Id, Input, cancellationToken);
        }
        else
        {
            await StartAsync(Request.Query["edition"], Request.Query["translationOf"], cancellationToken);
        }

        Notice = saved;
        Choices = await ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var step = ArticleStep.Parse(action);
        if (step is null || !step.IsAllowed(Article, Member))
        {
            // The buttons shown follow the same rule; a forged or stale request gets a plain refusal.
            return Forbid();
        }

        var article = Article ?? new Article { Slug = "", Headline = "", CreatedAt = now, CreatedById = Member.Id };
        if (Article is not null && Input.Version != Article.Version)
        {
            return await ConflictAsync(cancellationToken);
        }

        if (Article is null && Input.AuthorIds.Count == 0)
        {
            Input.AuthorIds.Add(await accounts.EnsureAuthorAsync(Member.Id, cancellationToken));
        }

        var scheduleUtc = step.Kind == ArticleStep.Schedule ? ScheduleUtc(now) : null;
        if (ModelState.IsValid && await PlaceAsync(article, cancellationToken) && await changes.ApplyAsync(article, Input, ModelState, now, cancellationToken) && ModelState.IsValid
            && (Article is null || await relatedChoices.StageAsync(Article.Id, Input, ModelState, now, cancellationToken)))
        {
            step.Apply(article, now, scheduleUtc);
            if (Article is null)
            {
                db.Articles.Add(article);
            }

            try
            {
                await changes.SaveWithRevisionAsync(article, Member, now, cancellationToken);
                relatedRefresh.Wake();
                return Redirect($"/admin/articles/{article.Id}?saved={Uri.EscapeDataString(step.Done)}");
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                await LoadAsync(id, cancellationToken);
                return await ConflictAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e.InnerException is not null)
            {
                // Two desks creating the same slug in the same second: the unique index decides, the writer retries.
                ModelState.AddModelError("Input.Slug", "That slug was just taken by another article; save again to number it.");
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        Choices = await ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAutosaveAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Article is not { Status: ArticleStatus.Draft or ArticleStatus.PendingReview })
        {
            return StatusCode(StatusCodes.Status409Conflict, new { message = labels["Only drafts are saved automatically; use Save."].Value });
        }

        if (Input.Version != Article.Version)
        {
            return StatusCode(StatusCodes.Status409Conflict, new { message = labels["Someone else saved this article; reload it before going on."].Value });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!ModelState.IsValid || !await PlaceAsync(Article, cancellationToken) || !await changes.ApplyAsync(Article, Input, ModelState, now, cancellationToken))
        {
            return new UnprocessableEntityObjectResult(new { message = labels[ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage].Value });
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await RecordAutosaveAsync(Article, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StatusCode(StatusCodes.Status409Conflict, new { message = labels["Someone else saved this article; reload it before going on."].Value });
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(now, Zone);
        return new JsonResult(new { version = Article.Version, savedAt = ReaderTime.Machine(now), message = labels["Draft saved at {0}", Numerals.Localize(local.ToString("HH:mm", CultureInfo.InvariantCulture), CultureInfo.CurrentUICulture)].Value });
    }

    public async Task<IActionResult> OnPostCorrectAsync(string id, string? correction, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Article is not { Status: ArticleStatus.Published } || !Member.CanEditOthers)
        {
            return Forbid();
        }

        var text = correction?.Trim() ?? "";
        if (text.Length is 0 or > 4000)
        {
            ModelState.AddModelError("correction", "A correction is between 1 and 4,000 characters.");
            Input = ArticleInput.From(Article, Zone);
            Choices = await ChoicesAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Article.Corrections.Add(new Correction { Text = text, PublishedAt = now });
        Article.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/admin/articles/{Article.Id}?saved={Uri.EscapeDataString("Correction published")}");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Member = NewsroomMember.From(User)!;
        var site = await chrome.LoadAsync(cancellationToken);
        (Zone, siteLanguage) = (site.TimeZone, site.Language);
        AllEditions = await directory.AllAsync(cancellationToken);
        Edition = EditionDirectory.Default(AllEditions);
        if (id == "new")
        {
            return null;
        }

        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var articleId))
        {
            return NotFound();
        }

        Article = await db.Articles.AsSplitQuery()
            .Include(a => a.Sections).Include(a => a.Tags).Include(a => a.Bylines).Include(a => a.Corrections)
            .FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (Article is null)
        {
            return NotFound();
        }

        var editionId = Article.EditionId;
        Edition = AllEditions.FirstOrDefault(e => e.Id == editionId) ?? Edition;
        var group = Article.TranslationGroup;
        Versions = await db.Articles.AsNoTracking().Where(a => a.Id == group || a.TranslationOfId == group)
            .OrderBy(a => a.TranslationOfId != null).ThenBy(a => a.EditionId)
            .Select(a => new Version(a.Id, a.Headline, a.EditionId, a.TranslationOfId == null)).ToListAsync(cancellationToken);
        return Article.CanBeEditedBy(Member) ? null : Forbid();
    }

    private async Task<IActionResult> ConflictAsync(CancellationToken cancellationToken)
    {
        var article = Article!;
        var latest = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == article.Id)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        Conflict = new ArticleConflict(article, latest, Input);
        // Saving from the conflict view is a deliberate overwrite: it carries the version the member has now seen.
        Input.Version = article.Version;
        ModelState.Remove("Input.Version");
        Choices = await ChoicesAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task RecordAutosaveAsync(Article article, DateTime now, CancellationToken cancellationToken)
    {
        var last = await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (last is { IsAutosave: true } && last.SavedById == Member.Id)
        {
            db.ArticleRevisions.Remove(last);
        }

        db.ArticleRevisions.Add(ArticleRevision.Of(article, now, Member.Id, Member.Name, isAutosave: true));
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTime? ScheduleUtc(DateTime now)
    {
        if (Input.ScheduleFor is not { } local)
        {
            ModelState.AddModelError("Input.ScheduleFor", "Choose the date and time to publish.");
            return null;
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
        if (utc <= now)
        {
            ModelState.AddModelError("Input.ScheduleFor", "That time has passed; publish now or choose a later time.");
            return null;
        }

        return utc;
    }

    /// <summary>
    /// A new article in the edition ?edition= names; with ?translationOf=, a translation of that story's original, starting
    /// with its byline and tags (the words are the translator's to write).
    /// </summary>
    private async Task StartAsync(string? editionKey, string? translationOf, CancellationToken cancellationToken)
    {
        Edition = AllEditions.FirstOrDefault(e => e.Key == editionKey) ?? Edition;
        Input.EditionId = Edition.Id;
        if (!int.TryParse(translationOf, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var originalId)
            || await db.Articles.AsNoTracking().Where(a => a.Id == originalId).Select(a => (int?)(a.TranslationOfId ?? a.Id)).FirstOrDefaultAsync(cancellationToken) is not { } rootId)
        {
            return;
        }

        var original = await db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.Bylines).FirstAsync(a => a.Id == rootId, cancellationToken);
        Input.TranslationOfId = original.Id;
        Input.Tags = string.Join(", ", original.Tags.Select(t => t.Name));
        if (original.Bylines.Count > 0)
        {
            Input.AuthorIds = original.Bylines.OrderBy(b => b.Position).Select(b => b.AuthorId).ToList();
        }
    }

    /// <summary>Puts the article in the posted edition, with that edition's language and its link to an original, once both are allowed.</summary>
    private async Task<bool> PlaceAsync(Article article, CancellationToken cancellationToken)
    {
        if (await editions.CheckAsync(Article, Input, ModelState, cancellationToken) is not { } edition)
        {
            return false;
        }

        Edition = edition;
        Input.Language = ArticleEditions.LanguageOf(edition, siteLanguage);
        article.EditionId = edition.Id;
        article.TranslationOfId = Input.TranslationOfId;
        return true;
    }

    private Task<EditorChoices> ChoicesAsync(CancellationToken cancellationToken)
    {
        // A form refused for its edition's sections comes back offering the sections of the edition it asked for.
        if (Input.EditionId is { } posted && AllEditions.FirstOrDefault(e => e.Id == posted) is { } edition)
        {
            Edition = edition;
        }

        return EditorChoices.LoadAsync(db, Edition.Id, Article?.Id, Input.TranslationOfId, cancellationToken);
    }

    private async Task<List<int>> OwnAuthorAsync(CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == Member.Id && u.AuthorId != null).Select(u => u.AuthorId!.Value).ToListAsync(cancellationToken);
}
