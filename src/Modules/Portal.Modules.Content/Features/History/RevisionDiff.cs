using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Portal.Modules.Content.Domain;

namespace Portal.Modules.Content.Features.History;

/// <summary>
/// What changed between two versions, as editors read it: the fields that differ, and the body line by line with
/// the changed words marked inside a changed line (DiffPlex's side-by-side builder with a character-level sub-diff).
/// </summary>
internal static class RevisionDiff
{
    public sealed record FieldChange(string Label, string? Old, string? New);

    public sealed record BodyLine(ChangeType Type, IReadOnlyList<(ChangeType Type, string Text)> Pieces);

    public static IReadOnlyList<FieldChange> Fields(ContentRevision? old, ContentRevision current)
    {
        var changes = new List<FieldChange>();
        void Add(string label, string? before, string? after)
        {
            if (before != after)
            {
                changes.Add(new FieldChange(label, before, after));
            }
        }

        Add("标题", old?.Title, current.Title);
        Add("副标题", old?.Subtitle, current.Subtitle);
        Add("作者", old?.Author, current.Author);
        Add("来源", old?.Source, current.Source);
        Add("摘要", old?.Summary, current.Summary);
        Add("标签", old?.Tags, current.Tags);
        Add("置顶", Yes(old?.Pinned), Yes(current.Pinned));
        Add("共享给下级", Yes(old?.SharedDown), Yes(current.SharedDown));
        Add("有效期至", old?.ValidUntil?.ToString("yyyy-MM-dd"), current.ValidUntil?.ToString("yyyy-MM-dd"));
        return changes;
    }

    /// <summary>The new body's lines, each marked unchanged, inserted or modified, with the old body's deleted lines in place.</summary>
    public static IReadOnlyList<BodyLine> Body(string? old, string current)
    {
        var model = SideBySideDiffBuilder.Diff(new Differ(), old ?? "", current, ignoreWhiteSpace: false, ignoreCase: false);
        var lines = new List<BodyLine>();
        for (var i = 0; i < model.NewText.Lines.Count; i++)
        {
            var before = model.OldText.Lines[i];
            var after = model.NewText.Lines[i];
            if (before.Type == ChangeType.Deleted)
            {
                lines.Add(new BodyLine(ChangeType.Deleted, [(ChangeType.Deleted, before.Text ?? "")]));
            }

            if (after.Type == ChangeType.Imaginary)
            {
                continue;
            }

            var pieces = after.Type == ChangeType.Modified && after.SubPieces.Count > 0
                ? Merge(before.SubPieces, after.SubPieces)
                : [(after.Type, after.Text ?? "")];
            lines.Add(new BodyLine(after.Type, pieces));
        }

        return lines;
    }

    /// <summary>A modified line: the old words that went (struck through) beside the new ones that came.</summary>
    private static List<(ChangeType, string)> Merge(List<DiffPiece> old, List<DiffPiece> current)
    {
        var pieces = new List<(ChangeType, string)>();
        for (var i = 0; i < Math.Max(old.Count, current.Count); i++)
        {
            if (i < old.Count && old[i].Type == ChangeType.Deleted)
            {
                pieces.Add((ChangeType.Deleted, old[i].Text ?? ""));
            }
            else if (i < old.Count && old[i].Type == ChangeType.Modified)
            {
                pieces.Add((ChangeType.Deleted, old[i].Text ?? ""));
            }

            if (i < current.Count && current[i].Type != ChangeType.Imaginary)
            {
                pieces.Add((current[i].Type == ChangeType.Unchanged ? ChangeType.Unchanged : ChangeType.Inserted, current[i].Text ?? ""));
            }
        }

        return pieces;
    }

    private static string? Yes(bool? value) => value switch { true => "是", false => "否", null => null };
}
