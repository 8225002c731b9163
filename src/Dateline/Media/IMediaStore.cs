using Microsoft.Extensions.FileProviders;

namespace Dateline.Media;

/// <summary>
/// Where uploaded pictures and their renditions live, by name ("2026/11/photo-640.webp"). Today a folder
/// (<see cref="MediaFolder"/>): the data directory's media/ on one node, a folder every node mounts
/// (Dateline:Media:Directory) on several. An S3-compatible object store is a second implementation of these three
/// members; the README ("Running several nodes") says how.
/// </summary>
public interface IMediaStore
{
    /// <summary>Stores a new file; false, writing nothing, when the name is taken (the caller picks another).</summary>
    Task<bool> TryCreateAsync(string name, byte[] bytes, CancellationToken cancellationToken);

    /// <summary>Removes a file; a name that is not there is no error.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken);

    /// <summary>The files as /media serves them.</summary>
    IFileProvider Files { get; }
}
