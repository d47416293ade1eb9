using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.SearchReport;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Pages.Admin.Policies;

/// <summary>
/// What readers searched for on this site, by week: the most frequent queries and those that found nothing,
/// each zero-result query one click away from a synonym. Only words and counts are stored.
/// </summary>
[RequirePermission(Permissions.Report)]
internal sealed class SearchReportModel(SearchLogDbContext db) : PageModel
{
    private const int Rows = 30;

    /// <summary>The week shown, as the date of its Monday (yyyy-MM-dd); the latest week when absent.</summary>
    public string? Week { get; set; }

    public IReadOnlyList<DateOnly> Weeks { get; private set; } = [];

    public DateOnly? Shown { get; private set; }

    public IReadOnlyList<SearchTermWeek> MostSearched { get; private set; } = [];

    public IReadOnlyList<SearchTermWeek> ZeroResults { get; private set; } = [];

    /// <summary>How readers can ask the bureau when a search finds nothing (shown on the zero-result page).</summary>
    [BindProperty]
    public string? AskText { get; set; }

    public async Task<IActionResult> OnPostAskAsync()
    {
        var text = (AskText ?? "").Trim();
        if (text.Length > SearchHelp.MaxLength)
        {
            ModelState.AddModelError(nameof(AskText), $"最多 {SearchHelp.MaxLength} 个字。");
            await OnGetAsync(null);
            return Page();
        }

        var row = await db.Help.OrderBy(h => h.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (row is null)
        {
            db.Help.Add(row = new SearchHelp());
        }

        row.AskText = text;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Message"] = "已保存：检索没有结果时，读者会看到这段话。";
        return RedirectToPage();
    }

    public async Task OnGetAsync(string? week)
    {
        Week = week;
        var cancellationToken = HttpContext.RequestAborted;
        Weeks = await SearchReportReader.WeeksAsync(db, cancellationToken);
        AskText ??= await db.Help.AsNoTracking().OrderBy(h => h.Id).Select(h => h.AskText).FirstOrDefaultAsync(cancellationToken);
        Shown = DateOnly.TryParseExact(week, "yyyy-MM-dd", out var chosen) && Weeks.Contains(chosen) ? chosen : Weeks.Count > 0 ? Weeks[0] : null;
        if (Shown is { } shown)
        {
            MostSearched = await SearchReportReader.MostSearchedAsync(db, shown, Rows, cancellationToken);
            ZeroResults = await SearchReportReader.ZeroResultAsync(db, shown, Rows, cancellationToken);
        }
    }

    public static string Label(DateOnly monday) => $"{monday:yyyy年M月d日}—{monday.AddDays(6):M月d日}";
}
