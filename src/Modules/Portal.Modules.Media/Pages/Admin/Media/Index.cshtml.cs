using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Media.Contracts;
using Portal.Modules.Media.Domain;
using Portal.Modules.Media.Features.Library;
using Portal.Modules.Media.Features.Upload;
using Portal.Modules.Media.Persistence;

namespace Portal.Modules.Media.Pages.Admin.Media;

/// <summary>The library's one admin page: upload, find by name or alt text, edit alt text, delete.</summary>
[RequirePermission(Permissions.Manage)]
[RequestSizeLimit(MediaOptions.RequestCeiling)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaOptions.RequestCeiling)]
internal sealed class IndexModel(MediaDbContext db, MediaWriter writer, MediaUrls urls) : PageModel
{
    private const int PageSize = 30;

    public sealed record Row(MediaItem Item, string Url, string? Thumbnail);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? altText) => RunAsync(async user =>
    {
        if (file is null || file.Length == 0)
        {
            throw new MediaRejectedException("请选择要上传的文件。");
        }

        await using var content = file.OpenReadStream();
        var item = await writer.AddAsync(file.FileName, content, altText, user, HttpContext.RequestAborted);
        return $"已上传：{item.FileName}（编号 {item.Id}）。";
    });

    public Task<IActionResult> OnPostAltTextAsync(long id, int version, string? altText) => RunAsync(async _ =>
        $"已保存“{(await writer.SetAltTextAsync(id, version, altText, HttpContext.RequestAborted)).FileName}”的替代文字。");

    public Task<IActionResult> OnPostDeleteAsync(long id) => RunAsync(async _ =>
    {
        await writer.DeleteAsync(id, HttpContext.RequestAborted);
        return "已删除。引用这个文件的页面将不再显示它。";
    });

    public static string Size(long length) => length >= 1024 * 1024 ? $"{length / (1024.0 * 1024):0.0} MB" : $"{Math.Max(1, length / 1024)} KB";

    private async Task<IActionResult> RunAsync(Func<string, Task<string>> action)
    {
        try
        {
            TempData["Message"] = await action(User.Identity?.Name ?? "");
            return Redirect(Url.Content("~/admin/media") + (string.IsNullOrWhiteSpace(Q) ? "" : "?q=" + Uri.EscapeDataString(Q)));
        }
        catch (MediaRejectedException refused)
        {
            ModelState.AddModelError("", refused.Message);
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        var query = db.Items.AsNoTracking().Where(i => i.DeletedUtc == null);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            query = query.Where(i => i.FileName.Contains(text) || (i.AltText != null && i.AltText.Contains(text)));
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(int.TryParse(Request.Query["page"], out var page) ? page : 1, 1, Pages);
        var items = await query.OrderByDescending(i => i.UploadedUtc).ThenByDescending(i => i.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        Rows = [.. items.Select(i => new Row(i, urls.Of(i), i.Kind == MediaKind.Image ? urls.Of(i, ImageWidths.Nearest(i.Width ?? 0, 320)) : null))];
    }
}
