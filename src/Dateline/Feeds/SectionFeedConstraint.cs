namespace Dateline.Feeds;

/// <summary>
/// Sections nest to any depth, so a section's feed is told from the section page (/category/{**path}) by its ending.
/// A constrained catch-all outranks the page's plain one; "feed" is refused as a section slug so the two never meet.
/// </summary>
public sealed class SectionFeedConstraint : IRouteConstraint
{
    public const string Name = "sectionfeed";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string path && FeedFormats.Split(path) is not null;
}
