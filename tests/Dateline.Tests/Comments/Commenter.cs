using AngleSharp.Dom;

namespace Dateline.Tests.Comments;

/// <summary>A reader's browser at the comment form, over real HTTP: its own cookies and the form's signed stamp, fetched as the form's script does.</summary>
public sealed class Commenter : IDisposable
{
    private readonly HttpClient client;
    private string stamp = "";

    public Commenter(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public async Task<(HttpResponseMessage Response, IDocument Page)> OpenAsync(string path)
    {
        var response = await client.GetAsync(path);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        if (page.QuerySelector("form.comment-form") is { } form)
        {
            var inPage = form.QuerySelector("input[name='Input.Stamp']")?.GetAttribute("value");
            stamp = string.IsNullOrEmpty(inPage) ? await client.GetStringAsync(form.GetAttribute("data-stamp")) : inPage;
        }

        return (response, page);
    }

    /// <summary>Opens the article (for a fresh stamp) unless told not to, then posts a comment.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(
        string path, string body, string email, string name = "Reader", string? website = null, int? parentId = null, bool remember = false,
        bool open = true, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        if (open)
        {
            await OpenAsync(path);
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Stamp", stamp),
            new("Input.Comment", body), new("Input.Name", name), new("Input.Email", email), new("Input.Website", website ?? ""),
        };
        if (parentId is { } parent)
        {
            fields.Add(new("Input.ParentId", parent.ToString()));
        }

        if (remember)
        {
            fields.Add(new("Input.Remember", "true"));
        }

        foreach (var (key, value) in extra ?? [])
        {
            // A test's own value replaces the form's (a forged stamp), as a hand-made request would.
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        var response = await client.PostAsync(path + "?handler=Comment", new FormUrlEncodedContent(fields));
        return (response, await Html.ParseAsync(await response.Content.ReadAsStringAsync()));
    }

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(path);

    public void Dispose() => client.Dispose();
}
