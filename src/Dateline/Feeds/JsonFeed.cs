using System.Text.Json;

namespace Dateline.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static void Write(Utf8JsonWriter json, Feed feed)
    {
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("title", feed.Title);
        json.WriteString("home_page_url", feed.PageUrl);
        json.WriteString("feed_url", feed.SelfUrl);
        json.WriteString("description", feed.Description);
        json.WriteString("language", feed.Language);
        json.WriteStartArray("items");
        foreach (var entry in feed.Entries)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Url);
            json.WriteString("url", entry.Url);
            json.WriteString("title", entry.Headline);
            json.WriteString("summary", entry.Summary);
            // An item needs content_html or content_text: without the full text the summary is the content.
            json.WriteString(feed.FullText ? "content_html" : "content_text", feed.FullText ? entry.BodyHtml : entry.Summary);
            json.WriteString("date_published", AtomFeed.Date(entry.Published));
            json.WriteString("date_modified", AtomFeed.Date(entry.Modified));
            if (entry.Picture is { } picture)
            {
                json.WriteString("image", picture.Url);
            }

            if (entry.Authors.Count > 0)
            {
                json.WriteStartArray("authors");
                foreach (var author in entry.Authors)
                {
                    json.WriteStartObject();
                    json.WriteString("name", author.Name);
                    json.WriteString("url", author.Url);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (entry.Categories.Count > 0)
            {
                json.WriteStartArray("tags");
                foreach (var category in entry.Categories)
                {
                    json.WriteStringValue(category);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
