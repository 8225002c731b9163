using System.Text.Json.Nodes;

namespace Dateline.WordPress.Api;

/// <summary>
/// One collection under /wp/v2: how it lists and fetches, what /wp-json/ says about its arguments, and the
/// codes WordPress answers an anonymous write with.
/// </summary>
public sealed record ApiResource(
    string Name,
    Func<ApiRequest, Task<ApiAnswer>> List,
    Func<ApiRequest, int, Task<ApiAnswer>>? Get,
    JsonObject ListArgs,
    string CreateCode = "rest_cannot_create",
    string EditCode = "rest_cannot_edit",
    string DeleteCode = "rest_cannot_delete")
{
    public string Route => "/wp/v2/" + Name;

    public string ItemRoute => Route + "/(?P<id>[\\d]+)";
}
