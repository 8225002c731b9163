namespace Dateline.Editions;

public enum TextDirection
{
    Ltr = 0,
    Rtl = 1,
}
