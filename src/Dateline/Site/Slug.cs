using System.Globalization;
using System.Text;

namespace Dateline.Site;

/// <summary>URL slugs from headlines and names: lower-case letters and digits of any script, joined by hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 200;

    /// <summary>"Floods cut off Kabul's roads" → "floods-cut-off-kabuls-roads"; "Café" → "cafe"; Dari letters are kept.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }

            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).Trim('-');
    }

    /// <summary>
    /// <paramref name="wanted"/> if no slug in <paramref name="taken"/> has it, else the first free "wanted-2", "wanted-3"…,
    /// shortened first so the number still fits within <see cref="MaxLength"/>.
    /// </summary>
    public static string Free(string wanted, IReadOnlyCollection<string> taken)
    {
        if (!taken.Contains(wanted))
        {
            return wanted;
        }

        var stem = wanted[..Math.Min(wanted.Length, MaxLength - 6)];
        return Enumerable.Range(2, 10_000).Select(n => $"{stem}-{n}").First(candidate => !taken.Contains(candidate));
    }

    /// <summary>
    /// A slug from an address as slugs are stored, in lower case, so "/tag/Kabul" finds "kabul". Lowered before the
    /// query, never inside it: EF evaluates a method call on a captured value by compiling it on every request, and
    /// SQLite's lower() changes only ASCII letters.
    /// </summary>
    public static string Key(string slug) => slug.ToLowerInvariant();

    /// <summary>True for a slug as <see cref="From"/> makes them.</summary>
    public static bool IsValid(string slug) => slug.Length is > 0 and <= MaxLength && From(slug) == slug;
}
