namespace Dateline.Site;

public sealed class MenuItem
{
    public int Id { get; set; }
    public int SiteSettingsId { get; set; } = SiteSettings.SingletonId;
    public int Position { get; set; }
    public required string Label { get; set; }
    public required string Url { get; set; }
}
