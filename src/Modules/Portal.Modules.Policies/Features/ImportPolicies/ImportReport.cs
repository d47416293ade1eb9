using Portal.Core.Imports;

namespace Portal.Modules.Policies.Features.ImportPolicies;

/// <summary>What an import did, line by line for the lines it refused.</summary>
internal sealed class ImportReport
{
    public int Lines { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public List<ImportError> Errors { get; } = [];

    /// <summary>Why the whole file was refused unread (damaged or cut-off compression, not UTF-8); nothing was written.</summary>
    public string? Refused { get; set; }

    /// <summary>Documents in the index when the import returned (0 when indexing was left to the running site).</summary>
    public int Indexed { get; set; }

    public TimeSpan Elapsed { get; set; }

    public string Summary => Refused ?? $"共 {Lines} 行：新增 {Added}，更新 {Updated}，未变 {Unchanged}，出错 {Errors.Count}。";
}
