using AngleSharp.Dom;

namespace Dateline.Tests.Newsroom;

/// <summary>
/// A browser-like client of the newsroom over real HTTP: keeps its cookies, follows nothing by itself, and posts
/// forms with the antiforgery token of the page it last opened, as a browser does.
/// </summary>
public sealed class NewsroomSession : IDisposable
{
    private readonly HttpClient client;
    private string? token;

    public NewsroomSession(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? token;
        return (response, page);
    }

    /// <summary>Opens <paramref name="formPage"/> for its token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        await GetAsync(formPage);
        return await PostAgainAsync(action, fields);
    }

    /// <summary>Posts with the token already held (a second tab's stale form, a replayed request).</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> PostAgainAsync(string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        var response = await client.PostAsync(action, new FormUrlEncodedContent(all));
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? token;
        return (response, page);
    }

    /// <summary>Posts a file upload form with the held token, as a browser posts multipart/form-data.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> PostFileAsync(string action, string field, string fileName, byte[] bytes, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new("__RequestVerificationToken", token ?? "")))
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new ByteArrayContent(bytes), field, fileName);
        var response = await client.PostAsync(action, content);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? token;
        return (response, page);
    }

    public Task<HttpResponseMessage> RawPostAsync(string action, HttpContent content) => client.PostAsync(action, content);

    public async Task<(HttpResponseMessage Response, IDocument Page)> SignInAsync(string email, string password)
    {
        var result = await PostAsync("/admin/sign-in", "/admin/sign-in", [new("Input.Email", email), new("Input.Password", password)]);
        return result;
    }

    /// <summary>Chooses the newsroom's language with the layout's form, as a member does ("fa-AF" for Dari).</summary>
    public async Task<HttpResponseMessage> ChooseLanguageAsync(string culture, string from = "/admin")
    {
        var (response, _) = await PostAsync(from, "/admin/language", [new("culture", culture), new("returnUrl", from)]);
        return response;
    }

    public void Dispose() => client.Dispose();
}
