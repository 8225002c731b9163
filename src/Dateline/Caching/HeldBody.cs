using System.Security.Cryptography;

namespace Dateline.Caching;

/// <summary>
/// The body of a response being stored, held back until it is complete, so that the headers set just before its first
/// byte goes out (the output cache copies them at that moment) can name its exact bytes: <c>beforeFirst</c> gets their
/// hash, the same for the same bytes on every refill and on every node. A body past <see cref="Limit"/> is not held
/// any longer: what came so far goes out, the rest streams, and <c>beforeFirst</c> gets null.
/// </summary>
public sealed class HeldBody(Stream inner, Action<string?> beforeFirst) : Stream
{
    /// <summary>
    /// Pages, feeds and sitemaps are tens to hundreds of KB. Holding without limit would let a large response cost a
    /// node its size in memory once more for every concurrent refill; past this it streams with no ETag instead.
    /// </summary>
    public const int Limit = 8 * 1024 * 1024;

    private MemoryStream? held = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>After the last write: sets the headers by the whole body and sends it.</summary>
    public Task CompleteAsync(CancellationToken cancellationToken) =>
        held is { } body ? ReleaseAsync(Hash(body), cancellationToken) : Task.CompletedTask;

    // 80 bits of SHA-256: a collision between two versions of one address is not a thing that happens.
    private static string Hash(MemoryStream body) =>
        Convert.ToHexStringLower(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length))[..10]);

    private bool Holds(int count) => held is not null && held.Length + count <= Limit;

    private async Task ReleaseAsync(string? hash, CancellationToken cancellationToken)
    {
        var body = held!;
        held = null;
        beforeFirst(hash);
        if (body.Length > 0)
        {
            await inner.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken);
        }
    }

    private void Release()
    {
        var body = held!;
        held = null;
        beforeFirst(null);
        inner.Write(body.GetBuffer(), 0, (int)body.Length);
    }

    // Nothing goes out while the body is held, not even on a flush: the headers are not set yet.
    public override void Flush()
    {
        if (held is null)
        {
            inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        held is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Holds(buffer.Length))
        {
            held!.Write(buffer);
            return;
        }

        if (held is not null)
        {
            Release();
        }

        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Holds(buffer.Length))
        {
            held!.Write(buffer.Span);
            return;
        }

        if (held is not null)
        {
            await ReleaseAsync(null, cancellationToken);
        }

        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
