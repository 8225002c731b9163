using Dateline.Media;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.Tests.Media;

/// <summary>An empty media folder and an intake writing into it on 5 November 2026; removed on dispose.</summary>
public sealed class MediaFolder : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("dateline-media-").FullName;

    public ImageIntake Intake => new(Directory, new FakeTimeProvider(new DateTimeOffset(2026, 11, 5, 9, 30, 0, TimeSpan.Zero)));

    public Task<MediaItem> TakeAsync(byte[] bytes, string fileName) => Intake.TakeAsync(new MemoryStream(bytes), fileName, CancellationToken.None);

    public string PathOf(string filePath) => Path.Combine(Directory, filePath);

    public IReadOnlyList<string> Files() =>
        System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/')).Order().ToList();

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
