using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core;
using Portal.Core.Events;
using Portal.Core.Security;

namespace Portal.Modules.Site.Pages.Admin;

/// <summary>Deliveries that failed: parked ones wait for the 系统管理员, who can retry them here (audited).</summary>
[RequirePermission(Permissions.Events)]
internal sealed class EventsModel(IEventFailures failures, IAuditLog audit) : PageModel
{
    public IReadOnlyList<ParkedEvent> Rows { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync() => Rows = await failures.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostRetryAsync(string handler, long sequence)
    {
        var target = $"事件 #{sequence}（{handler}）";
        try
        {
            var error = await failures.RetryAsync(handler, sequence, HttpContext.RequestAborted);
            await audit.WriteAsync(new AuditEntry(AuditActions.EventRetry, target, error is null ? AuditOutcome.Success : AuditOutcome.Failure) { Detail = error }, HttpContext.RequestAborted);
            if (error is null)
            {
                TempData["Message"] = $"{target} 已重新投递成功。";
                return RedirectToPage();
            }

            Error = $"{target} 仍然失败：{error}";
        }
        catch (PortalException exception)
        {
            await audit.WriteAsync(new AuditEntry(AuditActions.EventRetry, target, AuditOutcome.Failure) { Detail = exception.Message }, HttpContext.RequestAborted);
            Error = exception.Message;
        }

        Rows = await failures.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
