using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Features.WritePolicies;

namespace Portal.Modules.Policies.Features.ImportPolicies;

/// <summary>
/// Imports JSON Lines (plain or gzip) into the current site: streamed, idempotent by the external id,
/// written in batches through the one write path (<see cref="PolicyWriter"/>), each batch in one transaction
/// with its events (an interrupted import keeps the batches it finished and a rerun completes it). The index
/// catches up in parallel while lines are read.
/// </summary>
public sealed class PolicyImporter(PolicyWriter writer, TenantContext tenant, PolicyIndexer indexer)
{
    public const int BatchSize = 500;

    /// <param name="index">False leaves indexing to the running site (its background catch-up).</param>
    public async Task<ImportReport> ImportAsync(Stream input, bool index = true, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var shell = tenant.RequiredShell;
        var report = new ImportReport();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var batch = new List<ImportRow>(BatchSize);
        var indexing = Task.CompletedTask;
        using var reader = new StreamReader(Decompress(input), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            report.Lines++;
            var (row, error) = ImportLineParser.Parse(lineNumber, line);
            if (row is null)
            {
                report.Errors.Add(new ImportError(lineNumber, error!));
                continue;
            }

            if (seen.TryGetValue(row.ExternalId, out var first))
            {
                report.Errors.Add(new ImportError(lineNumber, $"id “{row.ExternalId}” 与第 {first} 行重复，本行未导入。"));
                continue;
            }

            seen[row.ExternalId] = lineNumber;
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                await FlushAsync(batch, report, cancellationToken);
                batch.Clear();
                if (index && indexing.IsCompleted)
                {
                    await indexing;
                    indexing = Task.Run(() => indexer.CatchUpAsync(shell, optimize: false, cancellationToken), cancellationToken);
                }
            }
        }

        await FlushAsync(batch, report, cancellationToken);
        if (index)
        {
            await indexing;
            var ready = await indexer.CatchUpAsync(shell, optimize: report.Added + report.Updated >= BatchSize, cancellationToken);
            report.Indexed = ready.DocumentCount;
        }

        report.Elapsed = watch.Elapsed;
        return report;
    }

    private async Task FlushAsync(List<ImportRow> rows, ImportReport report, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var result = await writer.UpsertAsync([.. rows.Select(row => new PolicyUpsert(row.ExternalId, input => Fill(input, row)))], PolicyWriteOrigin.Import, index: false, cancellationToken);
        report.Errors.AddRange(result.Refused.Select(r => new ImportError(rows[r.Index].Line, r.Message + "本行未导入。")));
        report.Added += result.Added;
        report.Updated += result.Updated;
        report.Unchanged += result.Unchanged;
    }

    /// <summary>The fields an import file carries; the others (层级, 有效性, 主题词 …) keep what the site set.</summary>
    private static void Fill(PolicyInput input, ImportRow row)
    {
        input.Title = row.Title;
        input.Issuer = row.Issuer;
        input.DocNumber = row.DocNumber;
        input.WrittenOn = row.Date;
        input.PublishedOn = row.Date;
        input.Category = row.Category;
        input.Body = row.Body;
    }

    /// <summary>Gzip is recognised by its magic bytes, so a .gz upload with any name works.</summary>
    private static Stream Decompress(Stream input)
    {
        if (!input.CanSeek)
        {
            return input;
        }

        var start = input.Position;
        var first = input.ReadByte();
        var second = input.ReadByte();
        input.Position = start;
        return first == 0x1f && second == 0x8b ? new GZipStream(input, CompressionMode.Decompress) : input;
    }
}
