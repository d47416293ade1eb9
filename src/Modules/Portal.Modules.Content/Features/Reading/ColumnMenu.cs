using Portal.Core.Navigation;

namespace Portal.Modules.Content.Features.Reading;

/// <summary>The site's columns in its public menu: those marked for the menu that have something to show, in their order.</summary>
internal sealed class ColumnMenu(ContentReader reader) : IPublicMenuSource
{
    public string FeatureId => Manifest.Id;

    public async Task<IReadOnlyList<PublicMenuItem>> ItemsAsync(CancellationToken cancellationToken = default)
    {
        var columns = await reader.ColumnsAsync(cancellationToken);
        // Columns come first (orders 1, 2, …), before the features' fixed entries such as 政策文件 (20).
        return [.. columns.Where(c => c.Column.InMenu).Select((c, i) => new PublicMenuItem(c.Column.Name, "columns/" + c.Column.Slug, 1 + Math.Min(i, 18)))];
    }
}
