using Dateline.Articles;
using Dateline.Data;
using Dateline.Editions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Articles;

/// <summary>
/// The editor's edition and "Translation of" fields. An article lives in one edition, filed under that edition's
/// sections and written in its language; a translation points at an original in another edition that is not itself a
/// translation, and a story has at most one version per edition. Problems go into the form's errors by field.
/// </summary>
public sealed class ArticleEditions(DatelineDb db, EditionDirectory directory, IStringLocalizer<NewsroomLabels> T)
{
    /// <summary>The edition the posted form puts the article in, or null (with an error) when it may not go there.</summary>
    public async Task<Edition?> CheckAsync(Article? article, ArticleInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var editions = await directory.AllAsync(cancellationToken);
        var editionId = input.EditionId ?? article?.EditionId ?? EditionDirectory.Default(editions).Id;
        if (editions.FirstOrDefault(e => e.Id == editionId) is not { } edition)
        {
            errors.AddModelError("Input.EditionId", T["That edition no longer exists; choose another."]);
            return null;
        }

        if (article is { Status: ArticleStatus.Published } && article.EditionId != edition.Id)
        {
            // Its address carries the edition's prefix: moving it would break every link readers already have.
            errors.AddModelError("Input.EditionId", T["A published article stays in its edition; unpublish it before moving it to another."]);
            return null;
        }

        await CheckSectionsAsync(edition, input, errors, cancellationToken);
        await CheckTranslationAsync(article, edition, input, errors, cancellationToken);
        return errors.IsValid ? edition : null;
    }

    /// <summary>What lang and hreflang say for the edition: the site's own language at the root, the edition's culture elsewhere.</summary>
    public static string LanguageOf(Edition edition, string siteLanguage) => edition.UrlPrefix.Length == 0 ? siteLanguage : edition.Culture;

    private async Task CheckSectionsAsync(Edition edition, ArticleInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var ids = input.SectionIds.Append(input.PrimarySectionId ?? 0).Distinct().ToList();
        var elsewhere = await db.Sections.AsNoTracking().Where(s => ids.Contains(s.Id) && s.EditionId != edition.Id)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        foreach (var section in elsewhere)
        {
            var field = section.Id == input.PrimarySectionId ? "Input.PrimarySectionId" : "Input.SectionIds";
            errors.AddModelError(field, T["\"{0}\" is a section of another edition; choose one of the {1} edition's sections.", section.Name, edition.Name]);
        }
    }

    private async Task CheckTranslationAsync(Article? article, Edition edition, ArticleInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        const string field = "Input.TranslationOfId";
        var articleId = article?.Id ?? 0;
        if (input.TranslationOfId is not { } originalId)
        {
            // An original moving edition must not land beside one of its own translations.
            if (article is not null && await db.Articles.AsNoTracking().Where(a => a.TranslationOfId == articleId && a.EditionId == edition.Id)
                    .Select(a => a.Headline).FirstOrDefaultAsync(cancellationToken) is { } beside)
            {
                errors.AddModelError("Input.EditionId", T["Its translation \"{0}\" is already in the {1} edition; a story has one version per edition.", beside, edition.Name]);
            }

            return;
        }

        var original = await db.Articles.AsNoTracking().Where(a => a.Id == originalId)
            .Select(a => new { a.Id, a.Headline, a.EditionId, a.TranslationOfId, Root = a.TranslationOf == null ? null : a.TranslationOf.Headline })
            .FirstOrDefaultAsync(cancellationToken);
        if (original is null)
        {
            errors.AddModelError(field, T["That article no longer exists; choose the original again."]);
        }
        else if (original.Id == articleId)
        {
            errors.AddModelError(field, T["An article cannot be a translation of itself; choose the original in another edition."]);
        }
        else if (original.EditionId == edition.Id)
        {
            errors.AddModelError(field, T["\"{0}\" is in the same edition; a translation is of an article in another edition.", original.Headline]);
        }
        else if (original.TranslationOfId is not null)
        {
            errors.AddModelError(field, T["\"{0}\" is itself a translation; choose its original, \"{1}\".", original.Headline, original.Root ?? ""]);
        }
        else if (article is not null && await db.Articles.AnyAsync(a => a.TranslationOfId == articleId, cancellationToken))
        {
            errors.AddModelError(field, T["This article is the original of other translations, so it cannot be a translation itself."]);
        }
        else if (await db.Articles.AsNoTracking().Where(a => a.TranslationOfId == originalId && a.EditionId == edition.Id && a.Id != articleId)
                     .Select(a => new { a.Id, a.Headline }).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            errors.AddModelError(field, T["\"{0}\" already has its {1} translation: \"{2}\" (article {3}).", original.Headline, edition.Name, existing.Headline, existing.Id]);
        }
    }
}
