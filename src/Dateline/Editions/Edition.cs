using System.Globalization;

namespace Dateline.Editions;

/// <summary>
/// One language of the site: its own home page, sections and menu under its own URL prefix ("" for the default
/// edition, "fa" for /fa/…), sharing the newsroom, the media library and the authors with every other edition.
/// </summary>
public sealed class Edition
{
    /// <summary>The edition every article, section and menu item written before editions existed belongs to.</summary>
    public const int DefaultId = 1;

    // Ids are given by the desk, not the database: the default edition must be 1 on both providers,
    // and a PostgreSQL identity would not step past a row inserted with its own id.
    public int Id { get; set; }

    /// <summary>Short name used in code and configuration: "en", "fa".</summary>
    public required string Key { get; set; }

    /// <summary>The .NET culture of its pages: "en-GB", "fa-AF".</summary>
    public required string Culture { get; set; }

    public TextDirection Direction { get; set; } = TextDirection.Ltr;

    /// <summary>The first segment of its reader URLs without slashes; empty for the default edition.</summary>
    public string UrlPrefix { get; set; } = "";

    /// <summary>How the edition names itself in a language switcher: "English", "دری".</summary>
    public required string Name { get; set; }

    public bool IsDefault { get; set; }

    public CultureInfo CultureInfo => CultureInfo.GetCultureInfo(Culture);

    /// <summary>What &lt;html dir&gt; says.</summary>
    public string Dir => Direction == TextDirection.Rtl ? "rtl" : "ltr";

    /// <summary>The language tag for lang and hreflang: the culture's name ("fa-AF").</summary>
    public string Language => Culture;

    /// <summary>A site path ("/2026/11/29/slug") as readers of this edition reach it ("/fa/2026/11/29/slug").</summary>
    public string PathOf(string path) =>
        UrlPrefix.Length == 0 ? path : path == "/" ? "/" + UrlPrefix + "/" : "/" + UrlPrefix + path;

    /// <summary>The English edition a site has before the desk adds any other.</summary>
    public static Edition English() =>
        new() { Id = DefaultId, Key = "en", Culture = "en", Name = "English", IsDefault = true };
}
