using Dateline.Caching;
using Dateline.Editions;
using Dateline.Site;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Feeds;

/// <summary>
/// RSS, Atom and JSON Feed for the site and for every section, tag, author and story (…/feed, …/feed/atom,
/// …/feed.json), and an RSS feed of each article's approved comments ({article}/feed).
/// </summary>
public static class FeedEndpoints
{
    /// <summary>How many articles a feed carries, newest first.</summary>
    public const int Size = 20;

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    private delegate Task<FeedScope?> FindScope(DatelineDb db, string key, CancellationToken cancellationToken);

    public static IServiceCollection AddFeeds(this IServiceCollection services) =>
        services.Configure<RouteOptions>(routes => routes.SetParameterPolicy<SectionFeedConstraint>(SectionFeedConstraint.Name));

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        foreach (var format in FeedFormats.All)
        {
            app.MapMethods(format.Suffix(), Methods, (HttpContext context, DatelineDb db, CancellationToken cancellationToken) =>
                ServeAsync(context, db, format, (_, tagline) => Task.FromResult<FeedScope?>(FeedScope.Site(tagline)), cancellationToken))
                .CacheOutput(ReaderCache.Pages);
            Map(app, "/tag/{slug:maxlength(200)}", format, FeedScope.TagAsync);
            Map(app, "/author/{slug:maxlength(200)}", format, FeedScope.AuthorAsync);
            Map(app, "/story/{slug:maxlength(200)}", format, FeedScope.StoryAsync);
        }

        app.MapMethods("/category/{**path:" + SectionFeedConstraint.Name + "}", Methods, (string path, HttpContext context, DatelineDb db, CancellationToken cancellationToken) =>
        {
            var (page, format) = FeedFormats.Split(path)!.Value;
            return ServeAsync(context, db, format, (db, _) => FeedScope.SectionAsync(db, context.Edition().Id, page, cancellationToken), cancellationToken);
        }).CacheOutput(ReaderCache.Pages);
        app.MapMethods(CommentFeed.Route, Methods, CommentFeed.ServeAsync).CacheOutput(ReaderCache.Pages);
    }

    private static void Map(IEndpointRouteBuilder app, string pagePattern, FeedFormat format, FindScope find) =>
        app.MapMethods(pagePattern + format.Suffix(), Methods, (string slug, HttpContext context, DatelineDb db, CancellationToken cancellationToken) =>
            ServeAsync(context, db, format, (db, _) => find(db, Slug.Key(slug), cancellationToken), cancellationToken))
            .CacheOutput(ReaderCache.Pages);

    private static async Task<IResult> ServeAsync(
        HttpContext context, DatelineDb db, FeedFormat format, Func<DatelineDb, string?, Task<FeedScope?>> find, CancellationToken cancellationToken)
    {
        var settings = await db.SiteSettings.AsNoTracking()
            .Select(s => new { s.Name, s.Tagline, s.Language, s.FeedsCarryFullText })
            .FirstOrDefaultAsync(cancellationToken) ?? new { Name = "Dateline", Tagline = (string?)null, Language = "en", FeedsCarryFullText = true };
        if (await find(db, settings.Tagline) is not { } scope)
        {
            return TypedResults.NotFound();
        }

        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var root = PublicOrigin.For(context);
        var edition = context.Edition();
        var articles = await scope.Articles(db.Articles.AsNoTracking().InEdition(edition.Id).Published(now)).NewestFirst().Take(Size)
            .Include(a => a.Bylines).ThenInclude(b => b.Author)
            .Include(a => a.Sections)
            .Include(a => a.Tags)
            .Include(a => a.FeaturedImage)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        context.ShowsInCache([.. scope.CacheTags, .. articles.Select(a => CacheTags.Article(a.Id))]);
        var title = XmlText.Clean(scope.Name is null ? settings.Name : $"{scope.Name} - {settings.Name}");
        var feed = new Feed(
            title,
            string.IsNullOrWhiteSpace(scope.Description) ? title : XmlText.Clean(scope.Description),
            edition.UrlPrefix.Length == 0 ? settings.Language : edition.Culture,
            XmlText.Clean(settings.Name),
            FeedEntry.Absolute(root, scope.PagePath),
            FeedEntry.Absolute(root, format.PathFor(scope.PagePath)),
            settings.FeedsCarryFullText,
            articles.Select(a => FeedEntry.From(a, root)).ToList());
        return FeedResult.For(feed, format);
    }
}
