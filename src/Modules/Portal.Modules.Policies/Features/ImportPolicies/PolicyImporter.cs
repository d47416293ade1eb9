using System.Diagnostics;
using Portal.Core.Imports;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Features.WritePolicies;

namespace Portal.Modules.Policies.Features.ImportPolicies;

/// <summary>
/// Imports JSON Lines (plain or gzip) into the current site: streamed, idempotent by the external id,
/// written in batches through the one write path (<see cref="PolicyWriter"/>), each batch in one transaction
/// with its events (an interrupted import keeps the batches it finished and a rerun completes it). The index
/// catches up in parallel while lines are read.
/// The file is first read whole: one that cannot be (damaged compression, not UTF-8) is refused before the first
/// batch, so it never goes in half; readable lines that are bad are each reported and skipped (ADR 0027).
/// </summary>
internal sealed class PolicyImporter(PolicyWriter writer, TenantContext tenant, PolicyIndexer indexer)
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
        await using var source = await ImportSource.OpenAsync(input, cancellationToken);
        try
        {
            await source.CheckAsync(cancellationToken);
        }
        catch (ImportFileException refused)
        {
            // Refused before the first write: nothing of a damaged file goes in (ADR 0027).
            report.Refused = refused.Message;
            report.Elapsed = watch.Elapsed;
            return report;
        }

        await foreach (var (lineNumber, line) in source.LinesAsync(decode: true, cancellationToken))
        {
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
}
