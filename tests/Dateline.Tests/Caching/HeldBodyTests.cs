using System.Security.Cryptography;
using Dateline.Caching;

namespace Dateline.Tests.Caching;

/// <summary>The stored response's body held whole for its hash, up to a limit past which it streams unhashed.</summary>
public sealed class HeldBodyTests
{
    private static async Task<(byte[] Sent, List<string?> Hashes, int SentBeforeComplete)> SendAsync(byte[] body, int chunk)
    {
        var sent = new MemoryStream();
        var hashes = new List<string?>();
        var held = new HeldBody(sent, hashes.Add);
        for (var at = 0; at < body.Length; at += chunk)
        {
            await held.WriteAsync(body.AsMemory(at, Math.Min(chunk, body.Length - at)));
            await held.FlushAsync();
        }

        var before = (int)sent.Length;
        await held.CompleteAsync(default);
        return (sent.ToArray(), hashes, before);
    }

    [Fact]
    public async Task A_page_goes_out_whole_after_its_hash_and_the_same_bytes_get_the_same_hash()
    {
        var page = RandomNumberGenerator.GetBytes(40_000);
        var (sent, hashes, early) = await SendAsync(page, 4096);
        var (_, again, _) = await SendAsync(page, 1000);
        page[^1] ^= 1;
        var (_, changed, _) = await SendAsync(page, 4096);

        Assert.Equal(0, early);
        Assert.Equal(page.Length, sent.Length);
        Assert.NotNull(Assert.Single(hashes));
        Assert.Equal(hashes, again);
        Assert.NotEqual(hashes, changed);
    }

    [Fact]
    public async Task An_empty_body_still_gets_its_headers()
    {
        var (sent, hashes, _) = await SendAsync([], 1);
        Assert.Empty(sent);
        Assert.NotNull(Assert.Single(hashes));
    }

    [Fact]
    public async Task A_body_past_the_limit_streams_in_order_with_no_hash()
    {
        var body = RandomNumberGenerator.GetBytes(HeldBody.Limit + 100_000);
        var (sent, hashes, early) = await SendAsync(body, 64 * 1024);

        Assert.Null(Assert.Single(hashes));
        Assert.True(early > HeldBody.Limit - 64 * 1024, "it went out before the end");
        Assert.Equal(body, sent);
    }
}
