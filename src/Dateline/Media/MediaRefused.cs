namespace Dateline.Media;

/// <summary>
/// Thrown by <see cref="ImageIntake"/> when an upload is not stored. <see cref="Exception.Message"/> is written
/// for the person who uploaded the file and can be shown to them as it is; nothing was left on disk.
/// </summary>
public sealed class MediaRefused(MediaRefusal reason, string message) : Exception(message)
{
    public MediaRefusal Reason { get; } = reason;
}
