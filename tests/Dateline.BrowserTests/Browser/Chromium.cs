using Microsoft.Playwright;

namespace Dateline.BrowserTests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright. Never Playwright's own browser download (it cannot work here):
/// ./test.sh installs the chromium package, and a missing browser fails the test, it does not skip it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Headless on a machine with no network beyond loopback: nothing may phone home.</summary>
    public static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}; ./test.sh installs Debian's chromium package.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Args = Flags, Headless = true });
    }

    /// <summary>A fresh reader: own cookies, phone or desktop width, the colour scheme and motion preference asked for.</summary>
    /// <param name="storageState">Cookies to start with (Playwright's storage state JSON), e.g. a newsroom member's sign-in.</param>
    public async Task<Reader> NewReaderAsync(
        Uri baseAddress, ColorScheme colorScheme = ColorScheme.Light, ReducedMotion reducedMotion = ReducedMotion.NoPreference, int width = 1280, string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ColorScheme = colorScheme,
            ReducedMotion = reducedMotion,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            StorageState = storageState,
        });
        return new Reader(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
