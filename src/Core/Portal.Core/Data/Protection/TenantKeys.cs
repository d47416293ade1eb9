using System.Security.Cryptography;
using System.Text;

namespace Portal.Core.Data.Protection;

/// <summary>
/// A tenant's opened keys: AES-256-GCM per key id for values, and one HMAC-SHA256 key for lookups.
/// The lookup key comes from the tenant's first key and never rotates, so stored hashes stay valid.
/// </summary>
internal sealed class TenantKeys
{
    private const string Prefix = "pd1";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<int, byte[]> _keys;
    private readonly byte[] _lookupKey;

    public TenantKeys(string tenant, IReadOnlyDictionary<int, byte[]> secrets)
    {
        Tenant = tenant;
        ActiveKeyId = secrets.Keys.Max();
        _keys = secrets.ToDictionary(s => s.Key, s => HKDF.DeriveKey(HashAlgorithmName.SHA256, s.Value, 32, info: Encoding.ASCII.GetBytes("portal personal data")));
        _lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secrets[secrets.Keys.Min()], 32, info: Encoding.ASCII.GetBytes("portal lookup hash"));
    }

    public string Tenant { get; }

    public int ActiveKeyId { get; }

    public bool Has(int keyId) => _keys.ContainsKey(keyId);

    public ProtectedText Seal(string plain, string purpose)
    {
        var data = Encoding.UTF8.GetBytes(plain);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var output = new byte[data.Length + TagSize];
        using var aes = new AesGcm(_keys[ActiveKeyId], TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(0, data.Length), output.AsSpan(data.Length), AssociatedData(ActiveKeyId, purpose));
        return new ProtectedText($"{Prefix}.{ActiveKeyId}.{Convert.ToBase64String(nonce)}.{Convert.ToBase64String(output)}");
    }

    public string Open(ProtectedText value, string purpose)
    {
        var (keyId, nonce, sealedBytes) = Parse(value);
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new ProtectedDataException($"No key {keyId} for tenant {Tenant}.");
        }

        var plain = new byte[sealedBytes.Length - TagSize];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(nonce, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length), plain, AssociatedData(keyId, purpose));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new ProtectedDataException("A protected value was altered or belongs to another tenant or field.", exception);
        }

        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>HMAC-SHA256 of an already normalised value; the purpose keeps equal values in different fields apart.</summary>
    public string Hash(string normalized, string purpose)
        => Convert.ToHexStringLower(HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(purpose + "\n" + normalized)));

    internal static int KeyIdOf(ProtectedText value) => Parse(value).KeyId;

    // The tenant and the field are bound into the tag: a value copied to another tenant or column does not open.
    private byte[] AssociatedData(int keyId, string purpose) => Encoding.UTF8.GetBytes($"{Tenant}\n{keyId}\n{purpose}");

    private static (int KeyId, byte[] Nonce, byte[] Sealed) Parse(ProtectedText value)
    {
        var parts = value.Stored.Split('.');
        if (parts.Length != 4 || parts[0] != Prefix || !int.TryParse(parts[1], out var keyId))
        {
            throw new ProtectedDataException("Not a protected value.");
        }

        try
        {
            var nonce = Convert.FromBase64String(parts[2]);
            var sealedBytes = Convert.FromBase64String(parts[3]);
            return nonce.Length == NonceSize && sealedBytes.Length >= TagSize
                ? (keyId, nonce, sealedBytes)
                : throw new ProtectedDataException("A protected value is cut short.");
        }
        catch (FormatException exception)
        {
            throw new ProtectedDataException("A protected value is damaged.", exception);
        }
    }
}
