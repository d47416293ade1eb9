namespace Portal.Core.Cluster;

/// <summary>
/// A named lock held by at most one host process of the cluster at a time: background work that must
/// run once (event dispatch, schedules) takes it for each round and lets it go after, so another node
/// carries on when this one stops. PostgreSQL deployments use an advisory lock on the host database;
/// SQLite is single-node, so an in-process lock is enough there.
/// </summary>
public interface IClusterLock
{
    /// <summary>The held lock (dispose to release), or null when another holder has it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default);
}
