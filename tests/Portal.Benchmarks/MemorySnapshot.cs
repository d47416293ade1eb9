using System.Diagnostics;
using System.Runtime;

namespace Portal.Benchmarks;

/// <summary>
/// The process's memory after a full, compacting GC: managed heap, working set, private bytes,
/// SQLite's native allocations (page caches, parsed schemas) and open file descriptors (an open
/// SQLite database in WAL mode holds three: the file, its -wal and its -shm).
/// </summary>
internal readonly record struct MemorySnapshot(long Managed, long WorkingSet, long Private, long SqliteNative, int OpenFiles, int Active)
{
    public static MemorySnapshot Take(int active)
    {
        for (var i = 0; i < 2; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var openFiles = Directory.Exists("/proc/self/fd") ? Directory.GetFiles("/proc/self/fd").Length : -1;
        return new MemorySnapshot(managed, process.WorkingSet64, process.PrivateMemorySize64, SQLitePCL.raw.sqlite3_memory_used(), openFiles, active);
    }

    public string Describe() =>
        $"managed {Kb(Managed)} KB, working set {Kb(WorkingSet)} KB, private {Kb(Private)} KB, SQLite native {Kb(SqliteNative)} KB, open files {OpenFiles}, active tenants {Active}";

    /// <summary>The change from <paramref name="from"/> to this snapshot, per tenant, in KB.</summary>
    public string PerTenant(MemorySnapshot from, int tenants) =>
        $"managed {PerKb(Managed - from.Managed, tenants)} KB, working set {PerKb(WorkingSet - from.WorkingSet, tenants)} KB, "
        + $"private {PerKb(Private - from.Private, tenants)} KB, SQLite native {PerKb(SqliteNative - from.SqliteNative, tenants)} KB, "
        + $"open files {(OpenFiles - from.OpenFiles) / (double)tenants:0.0}";

    public static double PerTenantKb(long bytes, int tenants) => bytes / 1024.0 / tenants;

    private static string Kb(long bytes) => Stats.Whole(bytes / 1024.0);

    private static string PerKb(long bytes, int tenants) => Stats.Ms(PerTenantKb(bytes, tenants));
}
