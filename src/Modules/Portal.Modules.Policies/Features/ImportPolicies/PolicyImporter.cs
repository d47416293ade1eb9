using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.ImportPolicies;

/// <summary>
/// Imports JSON Lines (plain or gzip) into the current site: streamed, idempotent by the external id,
/// written in batches each in one transaction with its events (an interrupted import keeps the
/// batches it finished and a rerun completes it). The index catches up in parallel while lines are read.
/// The file is first read whole: one that cannot be (damaged compression, not UTF-8) is refused before the first
/// batch, so it never goes in half; readable lines that are bad are each reported and skipped (ADR 0026).
/// </summary>
public sealed class PolicyImporter(PoliciesDbContext db, TenantContext tenant, PolicyIndexer indexer, PolicySources sources, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <param name="index">False leaves indexing to the running site (its background catch-up).</param>
    public async Task<ImportReport> ImportAsync(Stream input, bool index = true, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var shell = tenant.RequiredShell;
        var level = await sources.LevelAsync(shell, cancellationToken);
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
            // Refused before the first write: nothing of a damaged file goes in (ADR 0026).
            report.Refused = refused.Message;
            report.Elapsed = watch.Elapsed;
            return report;
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
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
                await FlushAsync(batch, level, report, cancellationToken);
                batch.Clear();
                if (index && indexing.IsCompleted)
                {
                    await indexing;
                    indexing = Task.Run(() => indexer.CatchUpAsync(shell, optimize: false, cancellationToken), cancellationToken);
                }
            }
        }

        await FlushAsync(batch, level, report, cancellationToken);
        if (index)
        {
            await indexing;
            var ready = await indexer.CatchUpAsync(shell, optimize: report.Added + report.Updated >= BatchSize, cancellationToken);
            report.Indexed = ready.DocumentCount;
        }

        report.Elapsed = watch.Elapsed;
        return report;
    }

    private async Task FlushAsync(List<ImportRow> rows, string level, ImportReport report, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var ids = rows.Select(r => r.ExternalId).ToList();
        var existing = await db.Documents
            .Where(d => d.ExternalId != null && ids.Contains(d.ExternalId))
            .ToDictionaryAsync(d => d.ExternalId!, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<PolicyDocument>();
        var (added, updated, unchanged) = (0, 0, 0);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.ExternalId, out var document))
            {
                if (Same(document, row))
                {
                    unchanged++;
                    continue;
                }

                Apply(document, row);
                document.Version++;
                document.UpdatedUtc = now;
                document.UpdatedBy = "导入";
                db.Entry(document).State = EntityState.Modified;
                updated++;
            }
            else
            {
                document = new PolicyDocument
                {
                    ExternalId = row.ExternalId,
                    Level = level,
                    Status = PolicyStatus.Published,
                    CreatedUtc = now,
                    UpdatedUtc = now,
                    UpdatedBy = "导入",
                    Version = 1,
                };
                Apply(document, row);
                db.Documents.Add(document);
                added++;
            }

            changed.Add(document);
        }

        if (changed.Count > 0)
        {
            await using var transaction = await PolicyWrites.BeginAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var document in changed)
            {
                PolicyWrites.Changed(db, document, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        report.Added += added;
        report.Updated += updated;
        report.Unchanged += unchanged;
    }

    private static bool Same(PolicyDocument document, ImportRow row) =>
        document.Title == row.Title
        && document.Issuer == row.Issuer
        && document.DocNumber == row.DocNumber
        && document.WrittenOn == row.Date
        && document.Category == row.Category
        && document.Body == row.Body;

    private static void Apply(PolicyDocument document, ImportRow row)
    {
        document.Title = row.Title;
        document.Issuer = row.Issuer;
        document.DocNumber = row.DocNumber;
        document.WrittenOn = row.Date;
        document.PublishedOn = row.Date;
        document.Category = row.Category;
        document.Body = row.Body;
    }
}
