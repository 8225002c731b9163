namespace Dateline.Site;

public sealed class MenuItem
{
    public int Id { get; set; }
    public int SiteSettingsId { get; set; } = SiteSettings.SingletonId;
    public int Position { get; set; }

    /// <summary>Each edition's pages show only its own menu.</summary>
    public int EditionId { get; set; } = Editions.Edition.DefaultId;
    public required string Label { get; set; }
    public required string Url { get; set; }
}
