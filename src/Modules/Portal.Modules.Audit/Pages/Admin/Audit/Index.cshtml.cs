using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Modules.Audit.Domain;
using Portal.Modules.Audit.Features.Search;
using Portal.Modules.Audit.Features.Verify;

namespace Portal.Modules.Audit.Pages.Admin.Audit;

/// <summary>The 审计管理员's page: search and filter the log, check the chain, export what is shown.</summary>
[RequirePermission(Permissions.Read)]
internal sealed class IndexModel(AuditQuery query, AuditVerifier verifier, AuditActionCatalog actions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    public IReadOnlyList<AuditRecord> Items { get; private set; } = [];

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public int Total { get; private set; }

    public AuditVerification? Verification { get; private set; }

    /// <summary>The words for an action name, as its module declared them.</summary>
    public string ActionTitle(string name) => actions.TitleOf(name);

    public bool CanExport => User.HasPermission(Permissions.Export);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnGetVerifyAsync()
    {
        Verification = await verifier.VerifyAsync(HttpContext.RequestAborted);
        await LoadAsync();
    }

    /// <summary>The current filter as a query string, for the paging and export links.</summary>
    public string QueryFor(int page) => Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
    {
        ["Filter.From"] = Filter.From?.ToString("yyyy-MM-dd"),
        ["Filter.To"] = Filter.To?.ToString("yyyy-MM-dd"),
        ["Filter.Account"] = Filter.Account,
        ["Filter.Action"] = Filter.Action,
        ["Filter.Target"] = Filter.Target,
        ["Filter.Outcome"] = Filter.Outcome,
        ["Filter.Page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();

    private async Task LoadAsync()
    {
        Filter.Page = Math.Max(1, Filter.Page);
        (Items, Total) = await query.SearchAsync(Filter, HttpContext.RequestAborted);
        Actions = await query.ActionsAsync(HttpContext.RequestAborted);
    }
}
