namespace Portal.Modules.Media.Domain;

/// <summary>The widths every image is resized to (never wider than the original: those are simply not made).</summary>
internal static class ImageWidths
{
    public static readonly IReadOnlyList<int> All = [320, 640, 1280];

    /// <summary>The widths stored for an original this wide.</summary>
    public static IEnumerable<int> StoredFor(int originalWidth) => All.Where(w => w < originalWidth);

    /// <summary>The smallest stored width at least <paramref name="asked"/> wide; null means the original.</summary>
    public static int? Nearest(int originalWidth, int asked) => StoredFor(originalWidth).Where(w => w >= asked).Select(w => (int?)w).FirstOrDefault();
}
