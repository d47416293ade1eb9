using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Data.Protection;

/// <summary>Opens a data-protection key sealed by <see cref="MasterKeyXmlEncryptor"/>; created by the key manager by type name.</summary>
internal sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var sealedBytes = Convert.FromBase64String(encryptedElement.Value.Trim());
        var plain = services.GetRequiredService<MasterKey>().Open(sealedBytes, MasterKeyXmlEncryptor.Context);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
