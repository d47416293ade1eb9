namespace Portal.Benchmarks;

/// <summary>Snapshots around activating N tenants, and after the two steps of the breakdown.</summary>
internal sealed record MemoryResult(MemorySnapshot Before, MemorySnapshot After, MemorySnapshot PoolsCleared, MemorySnapshot Evicted, int Tenants)
{
    public double ManagedKbPerTenant => MemorySnapshot.PerTenantKb(After.Managed - Before.Managed, Tenants);

    public double WorkingSetKbPerTenant => MemorySnapshot.PerTenantKb(After.WorkingSet - Before.WorkingSet, Tenants);

    public double PrivateKbPerTenant => MemorySnapshot.PerTenantKb(After.Private - Before.Private, Tenants);
}
