namespace Portal.Core.Imports;

/// <summary>A line that was not imported, and why (in words an editor understands).</summary>
public sealed record ImportError(int Line, string Reason)
{
    public override string ToString() => $"第 {Line} 行：{Reason}";
}
