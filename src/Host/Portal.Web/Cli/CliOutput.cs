using System.Text.Json;
using Portal.Core;

namespace Portal.Web.Cli;

/// <summary>Prints listings as aligned columns for people or as JSON for scripts (--json).</summary>
internal static class CliOutput
{
    public static void Write<T>(CommandLine line, IReadOnlyList<T> rows, params (string Header, Func<T, string?> Value)[] columns)
    {
        if (line.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(rows, PortalJson.Indented));
            return;
        }

        var cells = rows.Select(r => columns.Select(c => c.Value(r) ?? "").ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(Width(c.Header), cells.Count == 0 ? 0 : cells.Max(r => Width(r[i])))).ToArray();
        Console.Out.WriteLine(string.Join("  ", columns.Select((c, i) => Pad(c.Header, widths[i]))).TrimEnd());
        foreach (var row in cells)
        {
            Console.Out.WriteLine(string.Join("  ", row.Select((v, i) => Pad(v, widths[i]))).TrimEnd());
        }
    }

    public static void Message(CommandLine line, string message, object? json = null)
    {
        Console.Out.WriteLine(line.Json ? JsonSerializer.Serialize(json ?? new { message }, PortalJson.Indented) : message);
    }

    // CJK characters take two columns in a terminal.
    private static int Width(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);

    private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));
}
