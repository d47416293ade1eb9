namespace Portal.Modules.Policies.Features.ImportPolicies;

/// <summary>A line that was not imported, and why (in words an editor understands).</summary>
internal sealed record ImportError(int Line, string Reason)
{
    public override string ToString() => $"第 {Line} 行：{Reason}";
}
