using Npgsql;

namespace Dateline.Data;

/// <summary>Tells a database that cannot be reached (stopped, restarting, refusing connections) from a failed query.</summary>
public static class DatabaseAway
{
    public static bool Caused(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // A server that answers but is shutting down or starting up.
                case PostgresException postgres when postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException or System.Net.Sockets.SocketException:
                    return true;
            }
        }

        return false;
    }
}
