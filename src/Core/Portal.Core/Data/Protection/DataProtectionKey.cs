namespace Portal.Core.Data.Protection;

/// <summary>One element of ASP.NET Core's data-protection key ring (cookies, antiforgery), shared by all nodes.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string FriendlyName { get; set; } = "";

    /// <summary>The key's XML; its secret part is already sealed by <see cref="MasterKeyXmlEncryptor"/>.</summary>
    public string Xml { get; set; } = "";
}
