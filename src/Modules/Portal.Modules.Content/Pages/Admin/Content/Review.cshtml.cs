using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;

namespace Portal.Modules.Content.Pages.Admin.Content;

/// <summary>The 审核员's queue: submitted items with the text as it will be published; 通过 publishes, 退回 needs a comment.</summary>
[RequirePermission(Permissions.Review)]
internal sealed class ReviewModel(ContentDbContext db, ContentWriter writer) : PageModel
{
    public sealed record Waiting(long Id, int Version, string Title, string Column, string SubmittedBy, DateTime UpdatedUtc, DateTime? PublishAtUtc, string? Summary, string BodyHtml);

    public IReadOnlyList<Waiting> Items { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostApproveAsync(long id, int version)
    {
        try
        {
            var outcome = await writer.ApproveAsync(id, version, User.Identity?.Name ?? "", HttpContext.RequestAborted);
            TempData["Message"] = outcome == PublishOutcome.Scheduled ? "审核通过，将按编辑设定的时间发布。" : "审核通过，已发布。";
        }
        catch (ContentException refused)
        {
            TempData["Message"] = refused.Message;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReturnAsync(long id, int version, string? comment)
    {
        try
        {
            await writer.ReturnAsync(id, version, User.Identity?.Name ?? "", comment, HttpContext.RequestAborted);
            TempData["Message"] = "已退回编辑修改。";
        }
        catch (ContentException refused)
        {
            TempData["Message"] = refused.Message;
        }

        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Items = await (
            from i in db.Items.AsNoTracking()
            where i.Review == ReviewState.Submitted
            from r in db.Revisions.Where(r => r.ItemId == i.Id && r.Number == i.LatestNumber)
            orderby i.UpdatedUtc
            select new Waiting(i.Id, i.Version, r.Title, i.Column!.Name, i.SubmittedBy ?? "", i.UpdatedUtc, i.PublishAtUtc, r.Summary, r.BodyHtml))
            .ToListAsync(HttpContext.RequestAborted);
    }
}
