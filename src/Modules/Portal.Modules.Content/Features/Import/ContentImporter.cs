using Portal.Core.Imports;
using Portal.Core.Security;
using Portal.Modules.Content.Features.Columns;
using Portal.Modules.Content.Features.WriteContent;

namespace Portal.Modules.Content.Features.Import;

/// <summary>
/// Migrates an old site's items (JSON Lines, plain or gzip) into the current site through the one writer: idempotent
/// by externalId, published at once with their old publishing time, missing columns created. The file is read whole
/// first (ADR 0027): one that cannot be read is refused before anything is written; bad lines are reported one by one
/// and the good ones imported.
/// </summary>
internal sealed class ContentImporter(ContentWriter writer, ColumnWriter columns, IAuditLog audit)
{
    public async Task<ContentImportReport> ImportAsync(Stream input, string user, CancellationToken cancellationToken = default)
    {
        var report = new ContentImportReport();
        await using var source = await ImportSource.OpenAsync(input, cancellationToken);
        try
        {
            await source.CheckAsync(cancellationToken);
        }
        catch (ImportFileException refused)
        {
            report.Refused = refused.Message;
            return report;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var knownColumns = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var (number, line) in source.LinesAsync(decode: true, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            report.Lines++;
            var (item, error) = ContentLineParser.Parse(line);
            if (item is null)
            {
                report.Errors.Add(new ImportError(number, error!));
                continue;
            }

            if (seen.TryGetValue(item.ExternalId!, out var first))
            {
                report.Errors.Add(new ImportError(number, $"externalId “{item.ExternalId}” 与第 {first} 行重复，本行未导入。"));
                continue;
            }

            seen[item.ExternalId!] = number;
            if (ContentLineParser.Attachments(line).Count > 0)
            {
                // Nothing is dropped quietly: the line is refused until attachments can be imported with it.
                report.Errors.Add(new ImportError(number, "本行带有附件（attachments），附件导入需要媒体库功能，当前版本尚不支持；本行未导入，请去掉附件后导入或待媒体库上线后重试。"));
                continue;
            }

            try
            {
                if (knownColumns.Add(item.Column))
                {
                    var column = await columns.FindOrCreateAsync(item.Column, user, cancellationToken);
                    if (column.Created)
                    {
                        report.ColumnsCreated.Add(item.Column);
                    }
                }

                var (_, outcome) = await writer.UpsertAsync(item, user, "导入", cancellationToken);
                _ = outcome switch
                {
                    UpsertOutcome.Created => report.Added++,
                    UpsertOutcome.Updated => report.Updated++,
                    _ => report.Unchanged++,
                };
            }
            catch (ContentException refused)
            {
                report.Errors.Add(new ImportError(number, refused.Message));
            }
        }

        if (report.Added + report.Updated > 0)
        {
            await audit.WriteAsync(new AuditEntry(ContentAuditActions.Import, "新闻与通知") { Detail = report.Summary }, cancellationToken);
        }

        return report;
    }
}
