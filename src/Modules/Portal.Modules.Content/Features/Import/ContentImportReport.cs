using Portal.Core.Imports;

namespace Portal.Modules.Content.Features.Import;

/// <summary>What a migration from an old site did: counts, and each refused line with its number and reason.</summary>
internal sealed class ContentImportReport
{
    public int Lines { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Columns created because a line named a slug the site did not have.</summary>
    public List<string> ColumnsCreated { get; } = [];

    public List<ImportError> Errors { get; } = [];

    /// <summary>Why the whole file was refused unread (damaged compression, not UTF-8); nothing was written.</summary>
    public string? Refused { get; set; }

    public string Summary => Refused ?? $"共 {Lines} 行：新增 {Added}，更新 {Updated}，未变 {Unchanged}，出错 {Errors.Count}"
        + (ColumnsCreated.Count > 0 ? $"；新建栏目 {string.Join("、", ColumnsCreated)}" : "") + "。";
}
