using System.Text.Json.Nodes;

namespace Dateline.WordPress.Api;

/// <summary>
/// An answer in WordPress's error shape, {"code","message","data":{"status"}}. The codes are the contract clients
/// test for (rest_no_route, rest_invalid_param…); the messages are our own words.
/// </summary>
public sealed class ApiError(string code, string message, int status, JsonObject? data = null) : Exception(message)
{
    public string Code { get; } = code;
    public int Status { get; } = status;

    public JsonObject ToJson()
    {
        var body = data?.DeepClone().AsObject() ?? [];
        body["status"] = Status;
        return new JsonObject { ["code"] = Code, ["message"] = Message, ["data"] = body };
    }

    public static ApiError NoRoute() =>
        new("rest_no_route", "No route matches this address and method.", StatusCodes.Status404NotFound);

    /// <summary>rest_invalid_param with each offending parameter named in data.params and data.details, as WordPress does.</summary>
    public static ApiError InvalidParams(IReadOnlyDictionary<string, string> problems)
    {
        var parameters = new JsonObject();
        var details = new JsonObject();
        foreach (var (name, problem) in problems)
        {
            parameters[name] = problem;
            details[name] = new JsonObject { ["code"] = "rest_invalid_param", ["message"] = problem, ["data"] = null };
        }

        return new("rest_invalid_param", "Invalid parameter(s): " + string.Join(", ", problems.Keys), StatusCodes.Status400BadRequest,
            new JsonObject { ["params"] = parameters, ["details"] = details });
    }

    public static ApiError Forbidden(string code, string message) => new(code, message, StatusCodes.Status401Unauthorized);
}
