namespace Dateline.WordPress;

/// <summary>The file cannot be read on past this point: not well-formed, not a WordPress export, or hostile.</summary>
public sealed class WxrFormatException(string message, int line, int column)
    : Exception($"{message} (line {line}, column {column})")
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
