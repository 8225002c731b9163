namespace Dateline.Caching;

/// <summary>
/// The names a cached reader response is tagged with, one per thing it shows, so a change evicts exactly the responses
/// that showed the changed thing. "X:{id}" means "shows X's own words" (an article's text, a section's name);
/// "X-list:{id}" means "lists X's articles", which changes when an article joins or leaves it, not when X is renamed.
/// </summary>
public static class CacheTags
{
    /// <summary>On every cached response: the site's frame (name, menu, breaking news, editions, settings).</summary>
    public const string Site = "site";

    /// <summary>The front pages of every edition.</summary>
    public const string Home = "home";

    /// <summary>The site-wide feeds (the scoped ones carry their scope's list tag).</summary>
    public const string Feeds = "feeds";

    public const string Sitemaps = "sitemaps";

    /// <summary>Search results: any article's words may change which results a query has.</summary>
    public const string Search = "search";

    /// <summary>WordPress API reads, whose filters can select on almost anything.</summary>
    public const string Api = "api";

    /// <summary>The site-wide comment feed.</summary>
    public const string AllComments = "comments";

    /// <summary>Every response showing any comment: for a bulk statement on comments that cannot say whose they were.</summary>
    public const string AnyComments = "comments-any";

    /// <summary>Pages with the most-read block, whose lists are recounted every <see cref="MostRead.MostReadLists.Fresh"/>.</summary>
    public const string MostRead = "most-read";

    public static string Article(int id) => "article:" + id;

    public static string Comments(int articleId) => "comments:" + articleId;

    public static string Section(int id) => "section:" + id;

    public static string SectionList(int id) => "section-list:" + id;

    public static string Tag(int id) => "tag:" + id;

    public static string TagList(int id) => "tag-list:" + id;

    public static string Author(int id) => "author:" + id;

    public static string AuthorList(int id) => "author-list:" + id;

    public static string Story(int id) => "story:" + id;

    public static string StoryList(int id) => "story-list:" + id;

    public static string Page(int id) => "page:" + id;

    /// <summary>An article's own related box ("Check Also"), which the related-stories refresh rewrites.</summary>
    public static string Related(int articleId) => "related:" + articleId;
}
