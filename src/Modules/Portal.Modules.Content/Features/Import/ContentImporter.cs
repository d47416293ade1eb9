using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Imports;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Modules.Content.Features.Columns;
using Portal.Modules.Content.Features.Reading;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Media.Contracts;

namespace Portal.Modules.Content.Features.Import;

/// <summary>
/// Migrates an old site's items (JSON Lines, plain or gzip) into the current site through the one writer: idempotent
/// by externalId, published at once with their old publishing time, missing columns created, attachments put into the
/// site's media library. The file is read whole
/// first (ADR 0027): one that cannot be read is refused before anything is written; bad lines are reported one by one
/// and the good ones imported.
/// </summary>
internal sealed class ContentImporter(ContentWriter writer, ColumnWriter columns, IAuditLog audit, TenantContext tenant, IServiceProvider services)
{
    /// <param name="attachmentFolder">Where relative attachment paths start (the import file's folder).</param>
    public async Task<ContentImportReport> ImportAsync(Stream input, string user, string? attachmentFolder = null, CancellationToken cancellationToken = default)
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
            var attachments = ContentLineParser.Attachments(line);
            if (attachments.Count > 0)
            {
                var (ids, refused) = await AddAttachmentsAsync(attachments, attachmentFolder, cancellationToken);
                if (refused is not null)
                {
                    report.Errors.Add(new ImportError(number, refused));
                    continue;
                }

                item.AttachmentIds = string.Join(',', ids);
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

    /// <summary>Puts the line's files into the site's media library (the same bytes twice are one file); the first refusal names the file.</summary>
    private async Task<(List<long> Ids, string? Refused)> AddAttachmentsAsync(IReadOnlyList<string> paths, string? folder, CancellationToken cancellationToken)
    {
        if (!tenant.RequiredShell.HasFeature(MediaReferences.MediaFeature))
        {
            return ([], "本行带有附件，但本站没有开启媒体库，附件无处存放；本行未导入。");
        }

        var media = services.GetRequiredService<IMediaFiles>();
        var ids = new List<long>();
        foreach (var path in paths)
        {
            var full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(folder ?? Directory.GetCurrentDirectory(), path));
            if (!File.Exists(full))
            {
                return ([], $"附件文件“{path}”不存在；本行未导入。");
            }

            try
            {
                await using var file = File.OpenRead(full);
                ids.Add((await media.AddAsync(Path.GetFileName(full), file, null, cancellationToken)).Id);
            }
            catch (MediaRejectedException refused)
            {
                return ([], $"附件“{path}”未能存入媒体库：{refused.Message}本行未导入。");
            }
        }

        return (ids, null);
    }
}
