namespace Dateline.Tests.Hosting;

/// <summary>Hostile and malformed requests end in 400 or 404, never in a 500.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class BadInputTests(AppFixture site)
{
    [Theory]
    [InlineData("/2026/01/01/no-such-article")]
    [InlineData("/2019/13/45/x")]
    [InlineData("/2019/02/30/x")]
    [InlineData("/0000/00/00/x")]
    [InlineData("/99999/01/01/x")]
    [InlineData("/2019/1/1/%00")]
    [InlineData("/tag/%00")]
    [InlineData("/author/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/category/%00/%ff")]
    [InlineData("/category")]
    [InlineData("/category/")]
    [InlineData("/category//")]
    [InlineData("/story/%c0%ae%c0%ae")]
    [InlineData("/about%00")]
    [InlineData("/media/../../appsettings.json")]
    [InlineData("/category/world?page=99999999999999999999")]
    [InlineData("/?page[]=1&page[]=2&%00=%00")]
    [InlineData("/tag/floods?page=%00")]
    [InlineData("/search?q=%00&page=-5")]
    [InlineData("/search?q=%ZZ")]
    public async Task Odd_requests_never_get_a_500(string path)
    {
        using var response = await site.Client.GetAsync(path);
        Assert.True(
            response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.OK,
            $"{path} answered {(int)response.StatusCode}");
        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Unknown_article_slugs_are_404()
    {
        using var response = await site.Client.GetAsync("/2026/01/01/no-such-article");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(30_000)]
    public async Task Very_long_paths_are_rejected_cleanly(int length)
    {
        using var response = await site.Client.GetAsync("/" + new string('a', length));
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
    }

    [Fact]
    public async Task A_head_request_for_a_bare_section_path_is_404()
    {
        using var response = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/category"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_raw_nul_in_the_request_line_is_a_400()
    {
        Assert.StartsWith("HTTP/1.1 400", await RawStatusLineAsync("GET /a\0b HTTP/1.1"));
    }

    // Sent over a raw socket: HttpClient would remove the dot segments before they reach the server.
    [Theory]
    [InlineData("GET /media/../../appsettings.json HTTP/1.1")]
    [InlineData("GET /media/..%2f..%2fappsettings.json HTTP/1.1")]
    [InlineData("GET /media/%2e%2e/%2e%2e/Program.cs HTTP/1.1")]
    [InlineData("GET /../../../../etc/passwd HTTP/1.1")]
    public async Task Dot_segments_never_reach_files_outside_the_media_folder(string requestLine)
    {
        var status = await RawStatusLineAsync(requestLine);
        Assert.True(status.StartsWith("HTTP/1.1 404") || status.StartsWith("HTTP/1.1 400"), status);
    }

    private async Task<string> RawStatusLineAsync(string requestLine)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(site.BaseAddress.Host, site.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(System.Text.Encoding.Latin1.GetBytes(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        return await reader.ReadLineAsync() ?? "";
    }
}
