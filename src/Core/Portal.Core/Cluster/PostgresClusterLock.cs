using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Portal.Core.Data;

namespace Portal.Core.Cluster;

/// <summary>
/// A session-level advisory lock on the host database. The lock lives as long as the connection that
/// took it, so a node that dies releases it with its connection and another node takes over.
/// </summary>
internal sealed class PostgresClusterLock(DatabaseConnections connections) : IClusterLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        // Unpooled: closing ends the session, and with it the lock, whatever happened before.
        var connectionString = new NpgsqlConnectionStringBuilder(connections.ConnectionString(DatabaseProvider.Postgres, DatabaseConnections.HostDatabase)) { Pooling = false };
        var connection = new NpgsqlConnection(connectionString.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key(name));
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Held(connection, Key(name));
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A stable 64-bit key for the name (advisory locks are numbered, not named).</summary>
    internal static long Key(string name)
        => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("portal-cluster-lock:" + name)), 0);

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteScalarAsync();
            }
            finally
            {
                // Closing also ends the session, which releases the lock even if the unlock failed.
                await connection.DisposeAsync();
            }
        }
    }
}
