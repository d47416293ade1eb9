namespace Portal.Core.Data.Protection;

/// <summary>Where the master key comes from. Bound from "Portal:Protection"; the key itself is never committed.</summary>
public sealed class ProtectionOptions
{
    /// <summary>The master key itself, 32 bytes in Base64 (an environment variable or a secret store).</summary>
    public string? MasterKey { get; set; }

    /// <summary>A file holding the Base64 master key (a mounted secret). Defaults to &lt;data&gt;/keys/master.key.</summary>
    public string? MasterKeyFile { get; set; }
}
