using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Comments;

/// <summary>
/// Commenters' IP addresses are kept only as a keyed hash (HMAC-SHA256 under the site's own random salt, made at first
/// use): equal addresses give equal hashes, so moderators can see one sender behind several comments, but the address
/// cannot be read back or looked up in a table of all addresses without the salt.
/// </summary>
public static class CommenterAddress
{
    public static async Task<string?> HashAsync(DatelineDb db, IPAddress? address, CancellationToken cancellationToken)
    {
        if (address is null)
        {
            return null;
        }

        var salt = await db.SiteSettings.Select(s => s.CommentIpSalt).FirstOrDefaultAsync(cancellationToken);
        if (salt is null)
        {
            // Only the first writer's salt is kept; everyone then reads that one.
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            if (!await db.SiteSettings.AnyAsync(cancellationToken))
            {
                try
                {
                    db.SiteSettings.Add(new Site.SiteSettings { CommentIpSalt = fresh });
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another request made the settings row first; its salt is read below.
                    db.ChangeTracker.Clear();
                }
            }

            // The salt is never shown to readers: no stored page changes.
            using var unseen = Caching.EvictOnRawWrite.Unseen();
            await db.SiteSettings.Where(s => s.CommentIpSalt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.CommentIpSalt, fresh), cancellationToken);
            salt = await db.SiteSettings.Select(s => s.CommentIpSalt).FirstOrDefaultAsync(cancellationToken) ?? fresh;
        }

        var normal = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromBase64String(salt), Encoding.ASCII.GetBytes(normal.ToString())));
    }
}
