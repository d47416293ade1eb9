using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Portal.Core.Hosting;
using Portal.Core.Recipes;
using Portal.Core.Tenants;

namespace Portal.Web.Cli;

/// <summary>
/// On an empty registry the host runs the demo recipe, so one command shows a working portal; once
/// started it prints where to go and how to sign in.
/// </summary>
internal static class FirstRun
{
    public static async Task PrepareAsync(WebApplication app)
    {
        var services = app.Services;
        var isEmpty = await services.GetRequiredService<PortalInitializer>().InitializeAsync();
        await services.GetRequiredService<RegistrySync>().SyncAsync();
        if (isEmpty && app.Configuration.GetValue("Portal:DemoOnFirstRun", true))
        {
            var recipe = Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json");
            Console.Out.WriteLine($"数据目录为空，正在运行演示配方 {recipe} …");
            await services.GetRequiredService<RecipeRunner>().RunFileAsync(recipe);
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
    }

    private static void PrintWelcome(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return;
        }

        address = address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal).TrimEnd('/');
        var (tenants, total) = app.Services.GetRequiredService<TenantStore>().ListAsync(0, 20).GetAwaiter().GetResult();
        Console.Out.WriteLine();
        Console.Out.WriteLine($"平台首页：{address}/（共 {total} 个站点）");
        foreach (var tenant in tenants.Where(t => t.Prefix is not null))
        {
            Console.Out.WriteLine($"  {tenant.DisplayName}：{address}/{tenant.Prefix}/    管理后台：{address}/{tenant.Prefix}/admin");
        }

        var credentials = Path.Combine(app.Configuration["Portal:DataFolder"] ?? Path.Combine(Directory.GetCurrentDirectory(), "App_Data"), "initial-credentials.txt");
        Console.Out.WriteLine(File.Exists(credentials)
            ? $"登录账号和初始密码见 {credentials}（每行：站点 用户名 密码）。登录后请修改密码。"
            : "登录：使用配方中创建的账号。");
    }
}
