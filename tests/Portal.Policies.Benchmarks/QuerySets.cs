using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Portal.Policies.Benchmarks;

/// <summary>
/// Search queries drawn at run time (fixed seeds) from the corpus or the synthetic file, never stored: full titles,
/// partial titles with a noise word, document numbers, broad two-character words and body passages, in turn.
/// Each query comes with its kind, so timings can be told apart per kind.
/// </summary>
internal static class QuerySets
{
    private static readonly string[] Noise = ["全文", "最新", "有关规定", "政策", "文件"];

    public static List<(string Kind, string Text)> FromJsonLines(string path, int count, int seed)
    {
        var random = new Random(seed);
        var documents = new List<(string Title, string? Number, string Body)>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8))
        {
            while (reader.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var number = root.TryGetProperty("doc_number", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                var body = root.GetProperty("body").GetString() ?? "";
                documents.Add((root.GetProperty("title").GetString()!, number, body.Length > 4000 ? body[..4000] : body));
            }
        }

        var numbered = documents.Where(d => d.Number is not null).ToList();
        var queries = new List<(string Kind, string Text)>(count);
        while (queries.Count < count)
        {
            var document = documents[random.Next(documents.Count)];
            switch (queries.Count % 5)
            {
                case 3:
                    // Broad: two characters of a title (管理, 条例, 规定 …), matching thousands of documents.
                    var at = random.Next(Math.Max(1, document.Title.Length - 1));
                    queries.Add(("broad word", document.Title.Length >= 2 ? document.Title.Substring(at, 2) : document.Title));
                    break;
                case 0:
                    queries.Add(("title", document.Title));
                    break;
                case 1:
                    queries.Add(("noise + partial title", $"{Noise[random.Next(Noise.Length)]} {Trim(document.Title)}"));
                    break;
                case 2 when numbered.Count > 0:
                    var number = numbered[random.Next(numbered.Count)].Number!;
                    queries.Add(("document number", random.Next(3) switch
                    {
                        0 => number.Replace('〔', '[').Replace('〕', ']'),
                        1 => number.Replace("〔", "", StringComparison.Ordinal).Replace("〕", " ", StringComparison.Ordinal),
                        _ => number,
                    }));
                    break;
                default:
                    var text = string.Concat(document.Body.Where(c => c >= 0x4e00 && c <= 0x9fff));
                    queries.Add(text.Length > 30 ? ("body passage", text.Substring(random.Next(text.Length - 16), 12)) : ("title", document.Title));
                    break;
            }
        }

        return queries;
    }

    private static string Trim(string title) => title.Length > 8 ? title[..(title.Length * 2 / 3)] : title;
}
