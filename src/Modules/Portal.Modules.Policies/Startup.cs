using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Core.Web;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Cli;
using Portal.Modules.Policies.Features.Attachments;
using Portal.Modules.Policies.Features.WritePolicies;
using Portal.Modules.Policies.Features.ImportPolicies;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Features.SearchReport;
using Portal.Modules.Policies.Features.Synonyms;
using Portal.Modules.Policies.Persistence;
using Portal.Modules.Policies.Recipes;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Policies.Manifest.Value;

    public override IEnumerable<PublicMenuItem> PublicMenu => [new("政策文件", "policies", 20)];

    public override IEnumerable<Permission> Permissions => Policies.Permissions.All;

    public override IEnumerable<RoleDeclaration> Roles => Policies.Permissions.Roles;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("政策文件", "admin/policies", 200) { Permission = Policies.Permissions.Manage },
        new("政策文件导入", "admin/policies/import", 210) { Permission = Policies.Permissions.Administer },
        new("检索同义词", "admin/policies/synonyms", 220) { Permission = Policies.Permissions.Administer },
        new("检索统计", "admin/policies/search-report", 230) { Permission = Policies.Permissions.Report },
    ];

    public override IEnumerable<AuditAction> AuditActions => PolicyAuditActions.All;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<PoliciesDbContext, PoliciesSchema>();
        services.AddTenantDbContext<IndexLeaseDbContext, IndexLeaseSchema>();
        services.AddSingleton<IndexOwnership>();
        services.AddTenantDbContext<SearchLogDbContext, SearchLogSchema>();
        services.AddSingleton<SearchTermRecorder>();
        services.AddSingleton<SearchReportReader>();
        services.AddSingleton<ITenantBackgroundTask, SearchTermFlushTask>();
        // The API answers in readable Chinese rather than \uXXXX escapes (the default encoder's choice).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddOptions<PolicyIndexOptions>().BindConfiguration("Portal:Policies");
        services.AddSingleton(new PolicySearcher(SearchSettings.MinStrictResults));
        services.AddSingleton<IndexCatchUp>();
        services.AddSingleton<IndexLeaseKeeper>();
        services.AddSingleton<IndexRebuilder>();
        services.AddSingleton(sp => new PolicyIndexer(
            sp.GetRequiredService<TenantScopeFactory>(),
            sp.GetRequiredService<ShellHost>(),
            sp.GetRequiredService<IOptions<PortalDataOptions>>(),
            sp.GetRequiredService<IOptions<PolicyIndexOptions>>(),
            sp.GetRequiredService<IndexOwnership>(),
            sp.GetRequiredService<IndexCatchUp>(),
            sp.GetRequiredService<IndexLeaseKeeper>(),
            sp.GetRequiredService<IndexRebuilder>(),
            sp.GetRequiredService<ILogger<PolicyIndexer>>()));
        services.AddSingleton<PolicySources>();
        services.AddSingleton<PolicySynonyms>();
        services.AddSingleton<PolicyAttachmentStore>();
        services.AddScoped<PolicySearchService>();
        services.AddScoped<LibrarySearch>();
        services.AddSingleton<SearchAnswerCache>();
        services.AddSingleton<ITenantContentCache>(sp => sp.GetRequiredService<SearchAnswerCache>());
        services.AddScoped<PolicyWriter>();
        services.AddScoped<SynonymWriter>();
        services.AddScoped<Features.ShowPolicy.PolicyReader>();
        services.AddSingleton<Features.ShowPolicy.PublishedDocumentCache>();
        services.AddSingleton<ITenantContentCache>(sp => sp.GetRequiredService<Features.ShowPolicy.PublishedDocumentCache>());
        services.AddScoped<PolicyImporter>();
        services.AddSingleton<ITenantBackgroundTask, PolicyIndexingTask>();
        services.AddSingleton<IRecipeStep, PoliciesStep>();
        services.AddSingleton<IRecipeStep, SynonymsStep>();
        services.AddSingleton<ICommandLineVerb, PoliciesVerb>();
        services.AddSingleton<ICommandLineVerb, SearchVerb>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        SearchEndpoint.Map(endpoints);
        SuggestEndpoint.Map(endpoints);
        AttachmentEndpoint.Map(endpoints);
    }
}
