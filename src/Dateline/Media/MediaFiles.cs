using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Dateline.Media;

/// <summary>
/// Serves the media folder at /media: raster images only. A stray HTML or SVG file in the folder (a script
/// carrier on our own origin) is never served, whatever put it there.
/// </summary>
public static class MediaFiles
{
    public static readonly IReadOnlyDictionary<string, string> ImageTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".png"] = "image/png",
        [".webp"] = "image/webp", [".gif"] = "image/gif", [".avif"] = "image/avif",
    };

    public static StaticFileOptions Options(IFileProvider media)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        foreach (var (extension, type) in ImageTypes)
        {
            types.Mappings[extension] = type;
        }

        return new StaticFileOptions
        {
            FileProvider = media,
            RequestPath = "/media",
            ContentTypeProvider = types,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=604800",
        };
    }
}
