using Microsoft.Playwright;

namespace Dateline.BrowserTests.Browser;

/// <summary>One reader's browser window; closing it stops its page (and any animation on it) from using the machine's two cores.</summary>
public sealed class Reader(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
