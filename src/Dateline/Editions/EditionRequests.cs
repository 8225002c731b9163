namespace Dateline.Editions;

public static class EditionRequests
{
    /// <summary>The edition this request reads; the default English edition outside EditionRouting (verbs, tests).</summary>
    public static Edition Edition(this HttpContext context) =>
        context.Features.Get<CurrentEdition>()?.Edition ?? global::Dateline.Editions.Edition.English();

    public static IReadOnlyList<Edition> Editions(this HttpContext context) =>
        context.Features.Get<CurrentEdition>()?.All ?? [global::Dateline.Editions.Edition.English()];

    /// <summary>A site path as this request's readers reach it: "/fa/2026/…" in the Dari edition.</summary>
    public static string EditionPath(this HttpContext context, string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !EditionRouting.IsShared(path)
            ? context.Request.PathBase + path
            : path;
}
