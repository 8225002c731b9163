namespace Dateline.Tests.Site;

/// <summary>Dateline:RequireHttps on, behind a TLS-terminating proxy on the same machine (X-Forwarded-Proto believed from loopback).</summary>
public sealed class StrictTransportSecurityTests(StrictTransportSecurityTests.HttpsOnlySite site) : IClassFixture<StrictTransportSecurityTests.HttpsOnlySite>
{
    public sealed class HttpsOnlySite : AppFixture
    {
        protected override bool SeedDemoContent => false;
        protected override IEnumerable<string> Configuration => ["--Dateline:RequireHttps=true"];
    }

    [Fact]
    public async Task Https_response_carries_HSTS_and_upgrades_insecure_requests()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = "news.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("upgrade-insecure-requests", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Plain_http_request_is_sent_to_https_for_good()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/about?x=1");
        request.Headers.Host = "news.example";
        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("https://news.example/about?x=1", response.Headers.Location!.ToString());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP means nothing and is not sent.");
    }
}
