namespace Portal.Modules.Media.Features.Upload;

/// <summary>The name a file is shown and downloaded under: the uploaded name without folders or control characters, with the real type's extension.</summary>
internal static class UploadName
{
    private const int MaxStem = 120;

    public static string Clean(string fileName, string extension)
    {
        // Old browsers send "C:\fakepath\照片.jpg"; a name must never carry a folder into a path or a header.
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var stem = new string([.. Path.GetFileNameWithoutExtension(name).Where(c => !char.IsControl(c) && c is not ('"' or ':' or '*' or '?' or '<' or '>' or '|'))]).Trim(' ', '.');
        if (stem.Length == 0)
        {
            stem = "文件";
        }

        return (stem.Length > MaxStem ? stem[..MaxStem] : stem) + extension;
    }
}
