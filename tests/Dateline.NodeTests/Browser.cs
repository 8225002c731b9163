using AngleSharp.Dom;

namespace Dateline.NodeTests;

/// <summary>
/// One person's browser: one cookie jar for every node (cookies belong to the host, 127.0.0.1, not to a port), so a
/// cookie issued through node A is sent to node B, as it would be behind one address. Forms are posted with the
/// antiforgery token of the page last opened, wherever that page came from.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly HttpClient client;
    private string? token;

    public Browser()
    {
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies }) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public CookieContainer Cookies { get; } = new();

    public async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(Uri node, string path)
    {
        var response = await client.GetAsync(new Uri(node, path));
        return (response, await ReadAsync(response));
    }

    public async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(Uri node, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.ToList();
        if (token is not null && all.All(f => f.Key != "__RequestVerificationToken"))
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        var response = await client.PostAsync(new Uri(node, path), new FormUrlEncodedContent(all));
        return (response, await ReadAsync(response));
    }

    public async Task SignInAsync(Uri node)
    {
        await GetAsync(node, "/admin/sign-in");
        var (response, page) = await PostAsync(node, "/admin/sign-in", [new("Input.Email", NodeCluster.EditorEmail), new("Input.Password", NodeCluster.Password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in through {node}: {(int)response.StatusCode} {page.Title}");
    }

    /// <summary>Every field of the page's form that has a field of this name, as a browser would send it.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IDocument page, string fieldName)
    {
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"[name='{fieldName}']") is not null)
            ?? throw new InvalidOperationException($"no form with {fieldName} on {page.Title}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type is "submit" or "button" or "file":
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(name, option.Value));
                    }

                    break;
            }
        }

        return fields;
    }

    private async Task<IDocument> ReadAsync(HttpResponseMessage response)
    {
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? token;
        return page;
    }

    public void Dispose() => client.Dispose();
}
