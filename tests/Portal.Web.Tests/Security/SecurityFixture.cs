using Microsoft.AspNetCore.Hosting;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>
/// A province and two counties, the first with the health desk on and one account per built-in role
/// (user name = <see cref="Accounts"/> key), two units with one record each, and a retiree who signs in by phone.
/// </summary>
public abstract class SecurityFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string Password = "Donghe#2024";
    public const string RetireePhone = "13912345678";
    public const string ClerkUnit = "东河县水利局";
    public const string OtherUnit = "东河县教育局";

    /// <summary>Account name → its one built-in role.</summary>
    public static readonly IReadOnlyDictionary<string, string> Accounts = new Dictionary<string, string>
    {
        ["sysadmin"] = "系统管理员",
        ["secadmin"] = "安全管理员",
        ["auditor"] = "审计管理员",
        ["editor"] = "编辑",
        ["reviewer"] = "审核员",
        ["clerk"] = "信息员",
        ["retiree"] = "离退休干部",
    };

    public PortalFactory Factory { get; private set; } = null!;

    public string Province { get; } = TestRecipes.NewName("sheng");

    public string County { get; } = TestRecipes.NewName("donghe");

    public string Sibling { get; } = TestRecipes.NewName("xiling");

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    protected virtual Action<IWebHostBuilder>? Customize => null;

    public async Task InitializeAsync()
    {
        Factory = await PortalFactory.StartAsync(provider, Settings, Customize);
        var users = string.Join(",\n", Accounts.Select(a => $$"""
            { "userName": "{{a.Key}}", "displayName": "{{a.Value}}账号", "password": "{{Password}}", "roles": ["{{a.Value}}"]{{Extra(a.Key)}} }
            """));
        await Factory.RunRecipeAsync($$"""
            { "name": "security", "steps": [
              { "step": "tenant", "name": "{{Province}}", "displayName": "测试省老干部工作网", "features": ["Portal.Tenants"] },
              { "step": "users", "users": [ { "userName": "admin", "displayName": "省局系统管理员", "password": "Sheng#2024ok", "roles": ["系统管理员"] } ] },
              { "step": "tenant", "name": "{{County}}", "displayName": "东河县老干部工作网", "parent": "{{Province}}", "features": ["Yizheng.Healthcare", "Portal.Policies", "Portal.Archives", "Portal.Media"] },
              { "step": "users", "users": [ {{users}} ] },
              { "step": "healthcare", "assignments": [
                { "retireeName": "王振华", "unit": "{{ClerkUnit}}", "doctorName": "张敏", "healthNote": "高血压，按时服药。", "hospital": "东河县人民医院" },
                { "retireeName": "陈秀兰", "unit": "{{OtherUnit}}", "doctorName": "刘建国", "healthNote": "糖尿病史八年。", "hospital": "东河县中医院" }
              ] },
              { "step": "tenant", "name": "{{Sibling}}", "displayName": "西岭县老干部工作网", "parent": "{{Province}}", "features": ["Yizheng.Healthcare"] },
              { "step": "users", "users": [ { "userName": "clerk", "displayName": "赵晓梅", "password": "Xiling#2024", "roles": ["信息员"], "units": ["西岭县教育局"] } ] }
            ] }
            """);
    }

    public virtual async Task DisposeAsync() => await Factory.DisposeAsync();

    private static string Extra(string account) => account switch
    {
        "clerk" => $", \"units\": [\"{ClerkUnit}\"]",
        "retiree" => $", \"phoneNumber\": \"{RetireePhone}\"",
        _ => "",
    };
}

public sealed class SqliteSecurity() : SecurityFixture(DatabaseProvider.Sqlite);

public sealed class PostgresSecurity() : SecurityFixture(DatabaseProvider.Postgres);
