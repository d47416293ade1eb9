using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Core.Data.Protection;

/// <summary>
/// The platform's master key: it wraps every tenant's data key and the shared data-protection key
/// ring, so a copy of the databases alone opens nothing. Read from configuration or a secret file;
/// the embedded default generates one into the data folder (mode 600) and says so in the log.
/// </summary>
public sealed class MasterKey
{
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Lazy<byte[]> _key;

    public MasterKey(IOptions<ProtectionOptions> protection, IOptions<PortalDataOptions> data, ILogger<MasterKey> logger)
        => _key = new Lazy<byte[]>(() => Load(protection.Value, data.Value, logger));

    /// <summary>Seals <paramref name="plain"/>; <paramref name="context"/> binds it to its owner (a sealed key moved to another row is refused).</summary>
    public byte[] Seal(ReadOnlySpan<byte> plain, string context)
    {
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key.Value, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(context));
        return sealedBytes;
    }

    public byte[] Open(ReadOnlySpan<byte> sealedBytes, string context)
    {
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new ProtectedDataException("A sealed key is too short.");
        }

        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key.Value, TagSize);
        try
        {
            aes.Decrypt(sealedBytes[..NonceSize], sealedBytes[(NonceSize + TagSize)..], sealedBytes.Slice(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(context));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new ProtectedDataException(
                "The master key does not open a key stored in the host database (" + context + "). Every node needs the same master key (Portal:Protection:MasterKey or MasterKeyFile).",
                exception);
        }

        return plain;
    }

    private static byte[] Load(ProtectionOptions protection, PortalDataOptions data, ILogger logger)
    {
        if (protection.MasterKey is { Length: > 0 } configured)
        {
            return Decode(configured, "Portal:Protection:MasterKey");
        }

        var file = protection.MasterKeyFile is { Length: > 0 } given ? given : Path.Combine(data.DataFolder, "keys", "master.key");
        if (File.Exists(file))
        {
            return Decode(File.ReadAllText(file), file);
        }

        if (protection.MasterKeyFile is { Length: > 0 })
        {
            throw new InvalidOperationException($"The master key file {file} (Portal:Protection:MasterKeyFile) does not exist.");
        }

        var key = RandomNumberGenerator.GetBytes(KeySize);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(file, Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another process of this data folder (the command line, a test host) wrote it first.
            return Decode(File.ReadAllText(file), file);
        }

        logger.LogWarning("Generated a new master key in {File} (mode 600). It opens all personal data and sessions: back it up apart from the databases", file);
        return key;
    }

    private static byte[] Decode(string text, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"The master key in {source} is not Base64.", exception);
        }

        return key.Length == KeySize ? key : throw new InvalidOperationException($"The master key in {source} must be {KeySize} bytes (Base64 of 32 random bytes).");
    }
}
