using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>Reads laws.jsonl.gz into memory. Nothing read here is ever written into the repository.</summary>
internal static class CorpusLoader
{
    public static List<CorpusDocument> Load(string path)
    {
        var documents = new List<CorpusDocument>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var category = Text(root, "category") ?? "其他";
            var slash = category.IndexOf('/', StringComparison.Ordinal);

            // Provincial local regulations go to that province's tenant, everything else to the central one.
            var tenant = category.StartsWith("地方性法规/", StringComparison.Ordinal) ? category[(slash + 1)..] : "中央";
            var date = Text(root, "date");
            var expired = root.TryGetProperty("expired", out var e) && e.ValueKind == JsonValueKind.True;
            var docNumber = Text(root, "doc_number");
            documents.Add(new CorpusDocument(
                new PolicyIndexDocument
                {
                    Id = documents.Count + 1,
                    Tenant = tenant,
                    ExternalId = Text(root, "id"),
                    Title = Text(root, "title") ?? string.Empty,
                    DocNumber = docNumber,
                    Issuer = Text(root, "issuer"),
                    Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
                    Level = Text(root, "level"),
                    Category = slash > 0 ? category[..slash] : category,
                    Validity = expired ? "失效" : "现行有效",
                    Body = StripMarkdown(Text(root, "body") ?? string.Empty),
                },
                docNumber ?? string.Empty));
        }

        return documents;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The engine takes plain text: drop heading markers and emphasis.</summary>
    private static string StripMarkdown(string body)
    {
        var builder = new StringBuilder(body.Length);
        foreach (var line in body.Split('\n'))
        {
            var text = line.TrimStart('#', ' ').Replace("**", string.Empty, StringComparison.Ordinal);
            builder.Append(text).Append('\n');
        }

        return builder.ToString();
    }
}
