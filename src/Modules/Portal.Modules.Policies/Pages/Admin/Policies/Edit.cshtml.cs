using Microsoft.AspNetCore.Authorization;
using Portal.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.Attachments;
using Portal.Modules.Policies.Features.WritePolicies;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Pages.Admin.Policies;

/// <summary>Create and edit a document; publish, unpublish, mark 已修订/已废止, add attachments.</summary>
[RequirePermission(Permissions.Manage)]
internal sealed class EditModel(PoliciesDbContext db, PolicyWriter editor, PolicyAttachmentStore attachments, TenantContext tenant) : PageModel
{
    public sealed record Choice(long Id, string Title);

    [BindProperty]
    public PolicyInput Input { get; set; } = new();

    public PolicyStatus Status { get; private set; }

    public IReadOnlyList<PolicyAttachment> Attachments { get; private set; } = [];

    public IReadOnlyList<Choice> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? id)
    {
        if (id is not null)
        {
            var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted);
            if (document is null)
            {
                return NotFound();
            }

            Input = PolicyInput.From(document);
        }

        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostAsync() => RunAsync(async user =>
    {
        var saved = await editor.SaveAsync(Input, user, HttpContext.RequestAborted);
        return (saved.Id, "已保存。" + (saved.Status == PolicyStatus.Draft ? "文件还是草稿，发布后公众才能看到。" : ""));
    });

    public Task<IActionResult> OnPostPublishAsync() => RunAsync(async user =>
        ((await editor.SetStatusAsync(Input.Id, Input.Version, PolicyStatus.Published, user, HttpContext.RequestAborted)).Id, "已发布，公众可以查看和检索。"));

    public Task<IActionResult> OnPostUnpublishAsync() => RunAsync(async user =>
        ((await editor.SetStatusAsync(Input.Id, Input.Version, PolicyStatus.Draft, user, HttpContext.RequestAborted)).Id, "已撤回为草稿，公众不再能看到。"));

    public Task<IActionResult> OnPostAttachAsync(IFormFile? file) => RunAsync(async user =>
    {
        if (file is null || file.Length == 0)
        {
            throw new PortalException("请选择要上传的附件。");
        }

        if (PolicyAttachmentStore.Check(file.FileName, file.Length) is { } error)
        {
            throw new PortalException(error);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var attachment = await attachments.SaveAsync(tenant.Tenant.Name, file.FileName, buffer.ToArray(), HttpContext.RequestAborted);
        await editor.AddAttachmentAsync(Input.Id, attachment, user, HttpContext.RequestAborted);
        return (Input.Id, attachment.ExtractedText is null ? "附件已上传。" : "附件已上传，其中的文字已可检索。");
    });

    private async Task<IActionResult> RunAsync(Func<string, Task<(long Id, string Message)>> action)
    {
        try
        {
            var (id, message) = await action(User.Identity?.Name ?? "");
            TempData["Message"] = message;
            return Redirect(Url.Content($"~/admin/policies/edit/{id}"));
        }
        catch (PortalException exception)
        {
            ModelState.AddModelError("", exception.Message);
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        var id = Input.Id;
        Status = id == 0 ? PolicyStatus.Draft : await db.Documents.Where(d => d.Id == id).Select(d => d.Status).FirstOrDefaultAsync(HttpContext.RequestAborted);
        Attachments = await db.Attachments.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(HttpContext.RequestAborted);
        Others = await db.Documents.AsNoTracking()
            .Where(d => d.Id != id && (d.Status == PolicyStatus.Published || d.Id == Input.ReplacedById))
            .OrderByDescending(d => d.Id == Input.ReplacedById).ThenByDescending(d => d.PublishedOn).ThenByDescending(d => d.Id)
            .Take(300)
            .Select(d => new Choice(d.Id, d.DocNumber == null ? d.Title : d.Title + "（" + d.DocNumber + "）"))
            .ToListAsync(HttpContext.RequestAborted);
    }
}
