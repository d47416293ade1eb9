using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Operations;

/// <summary>A host whose sites have policy documents, an editor and an audit trail (for backup and page-cache tests).</summary>
public abstract class PublishedSiteFixture(DatabaseProvider provider, bool pageCache = true) : IAsyncLifetime
{
    public const string FirstTitle = "临河县离休干部医药费报销办法";
    public const string SecondTitle = "临河县老干部活动中心开放时间的通知";
    public const string EditorPassword = "Linhe2024pass";

    public DatabaseProvider Provider => provider;

    public PortalFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = pageCache
            ? await PortalFactory.StartAsync(provider)
            : await PortalFactory.StartAsync(provider, new Dictionary<string, string?> { [PublicPageCache.EnabledSetting] = "false" }, null);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A new site (one per test) with two documents and an editor, signed in once so the audit log has entries.</summary>
    public async Task<string> NewSiteAsync()
    {
        var name = TestRecipes.NewName("linhe");
        await Factory.RunRecipeAsync($$"""
            {
              "name": "backup-test",
              "steps": [
                { "step": "tenant", "name": "{{name}}", "displayName": "临河县老干部工作网", "features": ["Portal.Policies"] },
                { "step": "branding", "siteName": "临河县老干部工作网", "mainColor": "#8a1c1c" },
                { "step": "users", "users": [ { "userName": "bianji", "displayName": "陈丽娟", "password": "{{EditorPassword}}", "roles": ["编辑"] } ] },
                { "step": "policies", "documents": [
                  { "externalId": "lh-1", "title": "{{FirstTitle}}", "docNumber": "临老干〔2023〕5号", "issuer": "临河县委老干部局", "writtenOn": "2023-06-01", "category": "医疗保障",
                    "body": "离休干部医药费实行单独统筹，凭有效票据按季度报销。" },
                  { "externalId": "lh-2", "title": "{{SecondTitle}}", "docNumber": "临老干〔2024〕2号", "issuer": "临河县委老干部局", "writtenOn": "2024-02-20", "category": "活动阵地",
                    "body": "老干部活动中心每周二至周日开放，节假日照常开放。" }
                ] }
              ]
            }
            """);
        using var browser = await Security.Browser.SignedInAsync(Factory, name, "bianji", EditorPassword);
        return name;
    }

    public static async Task<T> InTenantAsync<T>(PortalFactory factory, string name, Func<IServiceProvider, Task<T>> work)
    {
        var tenant = await factory.Get<TenantStore>().FindAsync(name) ?? throw new InvalidOperationException(name);
        var shell = await factory.Get<ShellHost>().GetAsync(tenant);
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Shell = shell;
        return await work(scope.ServiceProvider);
    }
}

public sealed class SqliteSite() : PublishedSiteFixture(DatabaseProvider.Sqlite);

public sealed class PostgresSite() : PublishedSiteFixture(DatabaseProvider.Postgres);

/// <summary>A host started as the benchmark's second run: Portal:PublicPageCache:Enabled=false.</summary>
public sealed class SqliteUncachedSite() : PublishedSiteFixture(DatabaseProvider.Sqlite, pageCache: false);

public sealed class PostgresUncachedSite() : PublishedSiteFixture(DatabaseProvider.Postgres, pageCache: false);
