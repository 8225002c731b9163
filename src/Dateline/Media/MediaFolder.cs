using Microsoft.Extensions.FileProviders;

namespace Dateline.Media;

/// <summary>
/// Media in a folder. Files are created with FileMode.CreateNew, so two uploads of the same name at once, on one node
/// or on two sharing the folder, cannot overwrite each other; each is flushed to disk before its database row is saved.
/// </summary>
public sealed class MediaFolder(string root) : IMediaStore
{
    private PhysicalFileProvider? files;

    public string Root { get; } = Path.GetFullPath(root);

    public IFileProvider Files => files ??= new PhysicalFileProvider(Directory.CreateDirectory(Root).FullName);

    public async Task<bool> TryCreateAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }

        await using (file)
        {
            await file.WriteAsync(bytes, cancellationToken);
            // The database row that points here is saved next; the bytes must outlive a crash before it.
            file.Flush(flushToDisk: true);
        }

        return true;
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(name));
        return Task.CompletedTask;
    }

    /// <summary>A name never leads out of the folder, whatever a stored row says.</summary>
    private string PathOf(string name)
    {
        var path = Path.GetFullPath(Path.Combine(Root, name));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"'{name}' is not inside the media folder.", nameof(name));
    }
}
