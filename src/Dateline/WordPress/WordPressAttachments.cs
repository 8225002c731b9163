using System.Text.RegularExpressions;
using Dateline.Data;
using Dateline.Media;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress;

/// <summary>
/// Attachments: with an uploads folder, each picture goes through <see cref="ImageIntake"/> (checked by content,
/// re-encoded, EXIF gone); without one, or for a file the library does not take, its original address is kept.
/// What became of each attachment is remembered by WordPress id and by old address, for bodies and featured images.
/// </summary>
public sealed partial class WordPressAttachments(DatelineDb db, WxrChannel channel, string? uploads, ImageIntake intake)
{
    private readonly Dictionary<string, int> mediaIds = [];
    private readonly Dictionary<int, string> mediaUrls = [];
    private readonly Dictionary<string, string> byOldUrl = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Old attachment pages and the WordPress parent each belongs to, redirected once every item is in.</summary>
    public List<(string Id, string? OldPath, string? ParentId)> Pages { get; } = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var copied = await (from s in db.WordPressSources.AsNoTracking()
                            join m in db.Media.AsNoTracking() on s.LocalId equals m.Id
                            where s.SiteUrl == channel.SiteUrl && s.Kind == WordPressKind.Attachment
                            select new { s.WordPressId, s.OriginalUrl, m.Id, m.FilePath }).ToListAsync(cancellationToken);
        foreach (var row in copied)
        {
            Remember(row.WordPressId, row.OriginalUrl, row.Id, "/media/" + row.FilePath);
        }
    }

    public int? MediaId(string wordPressId) => mediaIds.TryGetValue(wordPressId, out var id) ? id : null;

    public string? MediaUrl(int mediaId) => mediaUrls.GetValueOrDefault(mediaId);

    public string? UrlById(string wordPressId) => MediaId(wordPressId) is { } id ? MediaUrl(id) : null;

    /// <summary>The library address for an old picture address, its resized copies ("-300x200") included.</summary>
    public string? LocalUrl(string oldUrl) =>
        byOldUrl.GetValueOrDefault(oldUrl) ?? byOldUrl.GetValueOrDefault(SizeSuffix().Replace(oldUrl, "$1"));

    /// <summary>The new library item for an attachment (unsaved), or null with the reason its original address is kept.</summary>
    public async Task<(MediaItem? Item, string? Reason)> TakeAsync(WxrItem item, CancellationToken cancellationToken)
    {
        if (uploads is null)
        {
            return (null, null);
        }

        var relative = item.Meta.GetValueOrDefault("_wp_attached_file") is { Length: > 0 } attached ? attached : FromUploadsUrl(item.AttachmentUrl);
        var full = relative is null ? null : Path.GetFullPath(Path.Combine(uploads, relative));
        // A file name in the export must not lead out of the folder the operator named.
        if (full is null || !full.StartsWith(Path.GetFullPath(uploads) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return (null, "its file is not in the uploads folder; the original address is kept");
        }

        try
        {
            await using var file = File.OpenRead(full);
            var media = await intake.TakeAsync(file, Path.GetFileName(full), cancellationToken);
            media.AltText = WordPressText.Cut(item.Meta.GetValueOrDefault("_wp_attachment_image_alt"), 500);
            media.Caption = item.Excerpt.Length > 0 ? WordPressText.Cut(WordPressContent.CommentText(item.Excerpt), 1000) : null;
            return (media, null);
        }
        catch (MediaRefused refused)
        {
            return (null, refused.Message + " The original address is kept.");
        }
    }

    public void Remember(string wordPressId, string? oldUrl, int? mediaId, string? mediaUrl)
    {
        if (mediaId is not { } id || mediaUrl is null)
        {
            return;
        }

        mediaIds[wordPressId] = id;
        mediaUrls[id] = mediaUrl;
        if (!string.IsNullOrEmpty(oldUrl))
        {
            byOldUrl[oldUrl] = mediaUrl;
        }
    }

    private static string? FromUploadsUrl(string url)
    {
        var at = url.IndexOf("/uploads/", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : Uri.UnescapeDataString(url[(at + "/uploads/".Length)..]);
    }

    [GeneratedRegex(@"-\d+x\d+(\.[A-Za-z0-9]+)$")]
    private static partial Regex SizeSuffix();
}
