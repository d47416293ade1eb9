using Microsoft.AspNetCore.Authorization;
using Portal.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Policies.Features.ImportPolicies;

namespace Portal.Modules.Policies.Pages.Admin.Policies;

/// <summary>Upload a JSON Lines file (.jsonl or .jsonl.gz); shows what went in and each refused line with its reason.</summary>
[RequirePermission(Permissions.Administer)]
[RequestSizeLimit(200 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 200 * 1024 * 1024)]
internal sealed class ImportModel(PolicyImporter importer) : PageModel
{
    public ImportReport? Report { get; private set; }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择要导入的文件（.jsonl 或 .jsonl.gz）。");
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var report = await importer.ImportAsync(stream, cancellationToken: HttpContext.RequestAborted);
        if (report.Refused is { } refused)
        {
            ModelState.AddModelError("file", refused);
            return Page();
        }

        Report = report;
        return Page();
    }
}
