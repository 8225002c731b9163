namespace Dateline.Media;

/// <summary>
/// Finds the openings of HTML, SVG and PHP anywhere in an upload, in any letter case. A picture never needs
/// them; a file carrying them is a polyglot meant to be run as a page or a script by something that sniffs.
/// </summary>
internal static class HiddenMarkup
{
    // Long enough that compressed pixel data spells one by chance about once in 10^10 bytes or less;
    // "<svg" alone would turn up every few hundred megabytes, so it counts only with what follows a tag name.
    private static readonly byte[][] Openings = ["<script"u8.ToArray(), "<html"u8.ToArray(), "<?php"u8.ToArray(), "<!doctype"u8.ToArray(), "<iframe"u8.ToArray()];
    private static readonly byte[] Svg = "<svg"u8.ToArray();

    public static bool IsIn(ReadOnlySpan<byte> bytes)
    {
        for (var i = bytes.IndexOf((byte)'<'); i >= 0; i = Next(bytes, i))
        {
            var rest = bytes[i..];
            foreach (var opening in Openings)
            {
                if (StartsWithIgnoringCase(rest, opening))
                {
                    return true;
                }
            }

            if (StartsWithIgnoringCase(rest, Svg) && rest.Length > Svg.Length && rest[Svg.Length] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'/' or (byte)'>')
            {
                return true;
            }
        }

        return false;
    }

    private static int Next(ReadOnlySpan<byte> bytes, int i)
    {
        var next = bytes[(i + 1)..].IndexOf((byte)'<');
        return next < 0 ? -1 : i + 1 + next;
    }

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> text, byte[] lowerCase)
    {
        if (text.Length < lowerCase.Length)
        {
            return false;
        }

        for (var i = 0; i < lowerCase.Length; i++)
        {
            if ((text[i] is >= (byte)'A' and <= (byte)'Z' ? text[i] | 0x20 : text[i]) != lowerCase[i])
            {
                return false;
            }
        }

        return true;
    }
}
