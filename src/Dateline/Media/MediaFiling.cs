namespace Dateline.Media;

/// <summary>
/// Writes an original and its renditions under one fresh name. The store creates each file only if its name is free,
/// so two uploads of "photo.jpg" at the same moment cannot overwrite each other: the loser of the race takes "photo-2".
/// </summary>
internal static class MediaFiling
{
    private const int NumberedTries = 100;

    /// <summary>Writes each (suffix, bytes) as folder/stem+suffix and returns the stem used; on any failure removes what it wrote.</summary>
    public static async Task<string> WriteAsync(IMediaStore store, string folder, string stem, IReadOnlyList<(string Suffix, byte[] Bytes)> files, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // After a hundred numbered names something is filling the folder; a random name ends the search.
            var candidate = attempt == 1 ? stem : attempt <= NumberedTries ? $"{stem}-{attempt}" : $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";
            if (await TryWriteAllAsync(store, folder, candidate, files, cancellationToken))
            {
                return candidate;
            }
        }
    }

    private static async Task<bool> TryWriteAllAsync(IMediaStore store, string folder, string stem, IReadOnlyList<(string Suffix, byte[] Bytes)> files, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        try
        {
            foreach (var (suffix, bytes) in files)
            {
                var name = $"{folder}/{stem}{suffix}";
                if (!await store.TryCreateAsync(name, bytes, cancellationToken))
                {
                    await RemoveAsync(store, written);
                    return false;
                }

                written.Add(name);
            }

            return true;
        }
        catch
        {
            await RemoveAsync(store, written);
            throw;
        }
    }

    private static async Task RemoveAsync(IMediaStore store, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            await store.DeleteAsync(name, CancellationToken.None);
        }
    }
}
