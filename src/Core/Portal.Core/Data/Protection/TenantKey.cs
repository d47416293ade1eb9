namespace Portal.Core.Data.Protection;

/// <summary>One data key of a tenant, sealed with the master key. Rotation adds a row; old rows stay to open old values.</summary>
public sealed class TenantKey
{
    public string TenantName { get; set; } = "";

    public int KeyId { get; set; }

    public byte[] SealedKey { get; set; } = [];

    public DateTime CreatedUtc { get; set; }
}
