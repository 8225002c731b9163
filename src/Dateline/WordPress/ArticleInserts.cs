using System.Data.Common;
using Dateline.Articles;
using Dateline.Comments;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dateline.WordPress;

/// <summary>
/// Inserts a batch's new articles, their filing, tags, byline and comments with prepared statements in the caller's
/// transaction: EF's change tracking costs several times the database's own work at import volumes. Because this
/// bypasses DatelineDb.SaveChanges it does what that would: writes BodyText (made with the body, by ConvertedBodies) and queues
/// each article's related-list refresh.
/// Articles already on the site still go through EF (they are updates). The SQL is the same on SQLite and PostgreSQL.
/// </summary>
internal sealed class ArticleInserts(DatelineDb db) : IAsyncDisposable
{
    private readonly List<DbCommand> commands = [];
    private bool opened;
    private DbCommand article = null!, section = null!, tag = null!, byline = null!, refresh = null!, comment = null!;

    public async Task WriteAsync(IReadOnlyList<NewArticle> fresh, DateTime now, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        opened = true;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        article = Prepare(connection, transaction, """
            INSERT INTO "Articles" ("Id", "Slug", "Headline", "Standfirst", "BodyHtml", "BodyText", "Language", "Status", "CreatedAt", "PublishedAt",
                "ScheduledFor", "PrimarySectionId", "FeaturedImageId", "CommentStatus", "Version")
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, 'en', @p6, @p7, @p8, @p9, @p10, @p11, @p12, 0)
            """, 13);
        section = Prepare(connection, transaction, """INSERT INTO "ArticleSection" ("ArticleId", "SectionId") VALUES (@p0, @p1)""", 2);
        tag = Prepare(connection, transaction, """INSERT INTO "ArticleTag" ("ArticleId", "TagId") VALUES (@p0, @p1)""", 2);
        byline = Prepare(connection, transaction, """INSERT INTO "Bylines" ("ArticleId", "AuthorId", "Position") VALUES (@p0, @p1, 0)""", 2);
        refresh = Prepare(connection, transaction, """INSERT INTO "RelatedRefreshes" ("ArticleId", "QueuedAt") VALUES (@p0, @p1)""", 2);
        comment = Prepare(connection, transaction, """
            INSERT INTO "Comments" ("Id", "ArticleId", "AuthorName", "AuthorEmail", "AuthorUrl", "Body", "Status", "CreatedAt", "ModerationNote", "SpamScore")
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, 0)
            """, 9);

        foreach (var (a, sectionIds, tagIds, authorId) in fresh)
        {
            await RunAsync(article, cancellationToken, a.Id, a.Slug, a.Headline, a.Standfirst, a.BodyHtml, a.BodyText, (int)a.Status,
                a.CreatedAt, a.PublishedAt, a.ScheduledFor, a.PrimarySectionId, a.FeaturedImageId, (int)a.CommentStatus);
            foreach (var id in sectionIds)
            {
                await RunAsync(section, cancellationToken, a.Id, id);
            }

            foreach (var id in tagIds)
            {
                await RunAsync(tag, cancellationToken, a.Id, id);
            }

            if (authorId is { } author)
            {
                await RunAsync(byline, cancellationToken, a.Id, author);
            }

            await RunAsync(refresh, cancellationToken, a.Id, now);
            foreach (var c in a.Comments)
            {
                c.ArticleId = a.Id;
                await RunAsync(comment, cancellationToken, c.Id, a.Id, c.AuthorName, c.AuthorEmail, c.AuthorUrl, c.Body, (int)c.Status,
                    c.CreatedAt, c.ModerationNote);
            }
        }
    }

    /// <summary>Threads replies once every comment of the batch has its id.</summary>
    public async Task ThreadAsync(IReadOnlyList<(int CommentId, int ParentId)> replies, CancellationToken cancellationToken)
    {
        if (replies.Count == 0)
        {
            return;
        }

        // Only ever after WriteAsync, inside the batch's transaction, so the connection is open.
        var parent = Prepare(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(),
            """UPDATE "Comments" SET "ParentId" = @p0 WHERE "Id" = @p1""", 2);
        foreach (var (commentId, parentId) in replies)
        {
            await RunAsync(parent, cancellationToken, parentId, commentId);
        }
    }

    private DbCommand Prepare(DbConnection connection, DbTransaction? transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "p" + i;
            command.Parameters.Add(parameter);
        }

        commands.Add(command);
        return command;
    }

    private static void Set(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static Task<int> RunAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Set(command, values);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands)
        {
            await command.DisposeAsync();
        }

        if (opened)
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>A new article built from a post, with the ids of what it is filed under, before it has an id of its own.</summary>
internal sealed record NewArticle(Article Article, IReadOnlyList<int> SectionIds, IReadOnlyList<int> TagIds, int? AuthorId);
