using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace Dateline.WordPress.Api;

/// <summary>
/// The query parameters of one API request, read the way WordPress reads them: a list may come as "1,2", as
/// repeated "x[]=1&amp;x[]=2" (what PHP clients and node-wpapi send) or as "x[0]=1". Every bad value is collected
/// and answered at once as rest_invalid_param, naming each parameter.
/// </summary>
public sealed partial class ApiQuery(IEnumerable<KeyValuePair<string, StringValues>> parameters)
{
    /// <summary>More ids than this in include, exclude or a term filter is refused: each costs the database a comparison.</summary>
    public const int MaxListLength = 100;

    private readonly List<KeyValuePair<string, StringValues>> all = parameters.ToList();
    private readonly Dictionary<string, string> problems = new(StringComparer.Ordinal);

    /// <summary>The parameters in the order they came, for the Link header's addresses.</summary>
    public IReadOnlyList<KeyValuePair<string, StringValues>> All => all;

    public bool Has(string name) => Values(name).Count > 0;

    /// <summary>Every value given for <paramref name="name"/>, in any of PHP's spellings.</summary>
    public IReadOnlyList<string> Values(string name)
    {
        var found = new List<string>();
        foreach (var (key, values) in all)
        {
            if (key == name || key == name + "[]" || key.StartsWith(name + "[", StringComparison.Ordinal) && key.EndsWith(']'))
            {
                found.AddRange(values.Where(v => v is not null).Select(v => v!.Replace("\0", "")));
            }
        }

        return found;
    }

    public string? Text(string name) => Values(name) is { Count: > 0 } values ? values[^1] : null;

    /// <summary>The <c>search</c> parameter as the collections match it: lower case, at most 200 characters; null when not given.</summary>
    public string? SearchWords() => Text("search") is { Length: > 0 } search ? (search.Length > 200 ? search[..200] : search).ToLowerInvariant() : null;

    public int Integer(string name, int fallback, int minimum, int maximum)
    {
        if (Text(name) is not { } text || text.Length == 0)
        {
            return fallback;
        }

        if (!long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Problem(name, $"{name} is not an integer.", fallback);
        }

        return value < minimum || value > maximum
            ? Problem(name, $"{name} must be from {minimum} to {maximum}.", fallback)
            : (int)value;
    }

    public int PerPage() => Integer("per_page", 10, 1, 100);

    public int Page() => Integer("page", 1, 1, int.MaxValue);

    /// <summary>A list of ids; at most <see cref="MaxListLength"/>.</summary>
    public IReadOnlyList<int> Ids(string name)
    {
        var ids = new List<int>();
        foreach (var item in Items(name))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return Problem<IReadOnlyList<int>>(name, $"{name} must be a list of ids.", []);
            }

            ids.Add(id);
        }

        return ids.Count > MaxListLength ? Problem<IReadOnlyList<int>>(name, $"{name} takes at most {MaxListLength} ids.", []) : ids.Distinct().ToList();
    }

    public IReadOnlyList<string> Strings(string name)
    {
        var items = Items(name).Select(s => s.Length > 200 ? s[..200] : s).Distinct().ToList();
        return items.Count > MaxListLength ? Problem<IReadOnlyList<string>>(name, $"{name} takes at most {MaxListLength} values.", []) : items;
    }

    /// <summary>One of <paramref name="allowed"/>, else the problem "{name} is not one of …".</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        return allowed.Contains(text, StringComparer.Ordinal) ? text : Problem(name, $"{name} is not one of {string.Join(", ", allowed)}.", fallback);
    }

    public bool? Boolean(string name) => Text(name)?.ToLowerInvariant() switch
    {
        null => null,
        "1" or "true" => true,
        "0" or "false" or "" => false,
        _ => Problem<bool?>(name, $"{name} is not a boolean.", null),
    };

    /// <summary>
    /// A date-time as WordPress accepts it (2026-11-29T10:00:00, with an optional fraction and offset), as UTC; one
    /// without an offset is in the site's time zone.
    /// </summary>
    public DateTime? Date(string name, TimeZoneInfo zone)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        var match = DateTimePattern().Match(text);
        if (!match.Success || !DateTime.TryParseExact(match.Groups["local"].Value.Replace('t', 'T').Replace(' ', 'T'), "yyyy-MM-dd'T'HH:mm:ss",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Problem<DateTime?>(name, $"{name} is not a date-time such as 2026-11-29T10:00:00.", null);
        }

        try
        {
            return match.Groups["offset"].Value switch
            {
                "" => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone),
                "Z" or "z" => DateTime.SpecifyKind(local, DateTimeKind.Utc),
                var offset => DateTime.SpecifyKind(local - TimeSpan.ParseExact(offset.TrimStart('+', '-').Replace(":", ""), offset.Length > 3 ? "hhmm" : "hh", CultureInfo.InvariantCulture)
                    * (offset[0] == '-' ? -1 : 1), DateTimeKind.Utc),
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            return Problem<DateTime?>(name, $"{name} is not a date-time such as 2026-11-29T10:00:00.", null);
        }
    }

    public void Invalid(string name, string problem) => problems.TryAdd(name, problem);

    /// <summary>
    /// Reads context= (view or embed) and answers any bad parameter read so far; edit, which shows raw and private fields,
    /// is WordPress's 401 rest_forbidden_context.
    /// </summary>
    public void RefuseEditContext()
    {
        var context = Choice("context", "view", "view", "embed", "edit");
        ThrowIfInvalid();
        if (context == "edit")
        {
            throw ApiError.Forbidden("rest_forbidden_context", "Editing views need a signed-in editor.");
        }
    }

    /// <summary>Throws rest_invalid_param naming every parameter read so far that was wrong.</summary>
    public void ThrowIfInvalid()
    {
        if (problems.Count > 0)
        {
            throw ApiError.InvalidParams(problems);
        }
    }

    private IEnumerable<string> Items(string name) =>
        Values(name).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Take(MaxListLength * 10 + 1);

    private T Problem<T>(string name, string problem, T fallback)
    {
        problems.TryAdd(name, problem);
        return fallback;
    }

    private string Problem(string name, string problem, string fallback) => Problem<string>(name, problem, fallback);

    private int Problem(string name, string problem, int fallback) => Problem<int>(name, problem, fallback);

    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2})(?:\.\d+)?(?<offset>Z|z|[+-]\d{2}(?::?\d{2})?)?$")]
    private static partial Regex DateTimePattern();
}
