using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Modules.Content.Cli;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Core.Web;
using Portal.Modules.Content.Features.Api;
using Portal.Modules.Content.Features.Columns;
using Portal.Modules.Content.Features.Feeds;
using Portal.Modules.Content.Features.Import;
using Portal.Modules.Content.Features.Reading;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;
using Portal.Modules.Content.Recipes;

namespace Portal.Modules.Content;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Content.Manifest.Value;

    public override IEnumerable<Permission> Permissions => Content.Permissions.All;

    public override IEnumerable<AuditAction> AuditActions => ContentAuditActions.All;

    public override IEnumerable<HomeSection> HomeSections => [new("_LatestContent", 10)];

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("新闻与通知", "admin/content", 150) { Permission = Content.Permissions.Edit },
        new("内容审核", "admin/content/review", 160) { Permission = Content.Permissions.Review },
        new("栏目设置", "admin/content/columns", 170) { Permission = Content.Permissions.Columns },
    ];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<ContentDbContext, ContentSchema>();
        services.AddScoped<ContentWriter>();
        services.AddScoped<ColumnWriter>();
        services.AddScoped<ContentReader>();
        services.AddScoped<IPublicMenuSource, ColumnMenu>();
        services.AddSingleton<PublishedContentCache>();
        services.AddSingleton<ITenantContentCache>(sp => sp.GetRequiredService<PublishedContentCache>());
        services.AddSingleton<ITenantBackgroundTask, ContentChangeFollower>();
        services.AddSingleton<ITenantBackgroundTask, ScheduledPublishingTask>();
        services.AddSingleton<IRecipeStep, ContentStep>();
        services.AddScoped<ContentImporter>();
        services.AddSingleton<ICommandLineVerb, ContentVerb>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ColumnFeedEndpoint.Map(endpoints);
        ContentApiEndpoints.Map(endpoints);
    }
}
