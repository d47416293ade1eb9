using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Modules.Users.Recipes;

/// <summary>
/// Passwords the platform generated for accounts a recipe created without one. They are written once
/// to a file only the operator can read (like an initial admin password file), never to the recipe.
/// </summary>
internal sealed class InitialCredentials(IOptions<PortalDataOptions> options)
{
    public string FilePath => Path.Combine(options.Value.DataFolder, "initial-credentials.txt");

    public static string GeneratePassword()
    {
        // Three kinds (lower, upper, digits) as the password rule asks; no look-alikes (l, 1, O, 0) to read out by phone.
        string[] pools = ["abcdefghjkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789"];
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            var pool = pools[i % 3];
            chars[i] = pool[RandomNumberGenerator.GetInt32(pool.Length)];
        }

        return new string(chars);
    }

    public async Task RecordAsync(string tenant, string userName, string password, CancellationToken cancellationToken)
    {
        var isNew = !File.Exists(FilePath);
        await File.AppendAllTextAsync(FilePath, $"{tenant}\t{userName}\t{password}{Environment.NewLine}", cancellationToken);
        if (isNew && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
