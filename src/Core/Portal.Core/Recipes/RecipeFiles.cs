namespace Portal.Core.Recipes;

/// <summary>
/// Files a recipe names (a logo, later attachments) are read from the recipe's own folder only: a recipe
/// handed to the portal must not publish any file the process can read (/etc/passwd, another site's data).
/// </summary>
public static class RecipeFiles
{
    /// <summary>Largest recipe the runner reads; a recipe is a page of JSON, never megabytes.</summary>
    public const int MaxRecipeBytes = 4 * 1024 * 1024;

    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="recipeDirectory"/>, or null when it leaves it.</summary>
    public static string? Resolve(string recipeDirectory, string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var root = Path.GetFullPath(recipeDirectory);
        root = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            return null;
        }

        // A symbolic link inside the folder may still point outside it.
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return target is null || target.StartsWith(root, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Reads a recipe file, refusing devices, pipes and anything larger than a recipe can be.</summary>
    public static async Task<MemoryStream> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException($"找不到配方文件“{path}”。");
        }

        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxRecipeBytes)
                {
                    throw new RecipeException($"“{path}”不是配方文件：超过 {MaxRecipeBytes / 1024 / 1024}MB。");
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            return buffer;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new RecipeException($"无法读取配方文件“{path}”：{exception.Message}", exception);
        }
    }
}
