namespace Dateline.Media;

/// <summary>
/// Writes an original and its renditions under one fresh name. Files are created with FileMode.CreateNew, so two
/// uploads of "photo.jpg" at the same moment cannot overwrite each other: the loser of the race takes "photo-2".
/// </summary>
internal static class MediaFiling
{
    private const int NumberedTries = 100;

    /// <summary>Writes each (suffix, bytes) as folder/stem+suffix and returns the stem used; on any failure removes what it wrote.</summary>
    public static async Task<string> WriteAsync(string folder, string stem, IReadOnlyList<(string Suffix, byte[] Bytes)> files, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        for (var attempt = 1; ; attempt++)
        {
            // After a hundred numbered names something is filling the folder; a random name ends the search.
            var candidate = attempt == 1 ? stem : attempt <= NumberedTries ? $"{stem}-{attempt}" : $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";
            if (await TryWriteAllAsync(folder, candidate, files, cancellationToken))
            {
                return candidate;
            }
        }
    }

    private static async Task<bool> TryWriteAllAsync(string folder, string stem, IReadOnlyList<(string Suffix, byte[] Bytes)> files, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        try
        {
            foreach (var (suffix, bytes) in files)
            {
                var path = Path.Combine(folder, stem + suffix);
                FileStream file;
                try
                {
                    file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
                }
                catch (IOException) when (File.Exists(path))
                {
                    Remove(written);
                    return false;
                }

                written.Add(path);
                await using (file)
                {
                    await file.WriteAsync(bytes, cancellationToken);
                    // The database row that points here is saved next; the bytes must outlive a crash before it.
                    file.Flush(flushToDisk: true);
                }
            }

            return true;
        }
        catch
        {
            Remove(written);
            throw;
        }
    }

    private static void Remove(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            File.Delete(path);
        }
    }
}
