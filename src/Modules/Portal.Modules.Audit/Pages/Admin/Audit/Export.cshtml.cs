using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Modules.Audit.Features.Search;

namespace Portal.Modules.Audit.Pages.Admin.Audit;

/// <summary>The filtered log as CSV (UTF-8 with BOM so Excel reads the Chinese). The export is itself audited.</summary>
[RequirePermission(Permissions.Export)]
internal sealed class ExportModel(AuditQuery query, IAuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        await audit.WriteAsync(new AuditEntry(AuditActions.AuditExport, "审计日志") { Detail = Request.QueryString.Value }, HttpContext.RequestAborted);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"audit-" + DateTime.Now.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture) + ".csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16384, leaveOpen: true);
        await writer.WriteLineAsync(AuditText.CsvHeader);
        await foreach (var record in query.ExportAsync(Filter).WithCancellation(HttpContext.RequestAborted))
        {
            await writer.WriteLineAsync(AuditText.CsvLine(record));
        }

        return new EmptyResult();
    }
}
