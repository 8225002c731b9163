namespace Dateline.Media;

/// <summary>Why an upload was turned away; lets a page pick its own wording or a test check the reason.</summary>
public enum MediaRefusal
{
    Empty,
    TooLarge,
    NotAnImage,
    TooManyPixels,
    Damaged,
    HiddenContent,
}
