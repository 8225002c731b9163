using System.Globalization;
using System.Text;

namespace Dateline.Media;

/// <summary>Makes safe, readable file names from whatever the uploader's machine called the file.</summary>
internal static class MediaFileName
{
    private const int MaxStemLength = 60;

    /// <summary>"Flood Relief (Peshawar) 2.JPG" becomes "flood-relief-peshawar-2"; a name with no Latin letters or digits becomes "picture".</summary>
    public static string Stem(string fileName)
    {
        var stem = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(Original(fileName)).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                stem.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && stem.Length > 0 && stem[^1] != '-')
            {
                stem.Append('-');
            }
        }

        var slug = stem.ToString(0, Math.Min(stem.Length, MaxStemLength)).Trim('-');
        return slug.Length > 0 ? slug : "picture";
    }

    /// <summary>The name without any folders a browser sent along, cut to what the database keeps.</summary>
    public static string Original(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        return name.Length <= 255 ? name : name[..255];
    }

    /// <summary>The name as quoted back in a message: short, and free of control characters.</summary>
    public static string Shown(string fileName)
    {
        var name = new string(Original(fileName).Where(c => !char.IsControl(c)).ToArray());
        return name.Length <= 80 ? name : name[..77] + "…";
    }
}
