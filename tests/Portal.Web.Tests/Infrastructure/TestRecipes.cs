namespace Portal.Web.Tests.Infrastructure;

/// <summary>Recipes written for the tests: a small province → city → counties tree with unique names.</summary>
public static class TestRecipes
{
    public static string NewName(string stem) => stem + Guid.NewGuid().ToString("N")[..6];

    /// <summary>A province, a city and two counties; the first county has the healthcare plugin on.</summary>
    public static string Hierarchy(string province, string city, string county, string sibling) => $$"""
        {
          "name": "test-hierarchy",
          "steps": [
            { "step": "tenant", "name": "{{province}}", "displayName": "测试省老干部工作网", "features": ["Portal.Tenants"] },
            { "step": "users", "users": [ { "userName": "admin", "displayName": "省局管理员", "password": "Sheng2024pass", "roles": ["系统管理员"] } ] },
            { "step": "tenant", "name": "{{city}}", "displayName": "测试市老干部工作网", "parent": "{{province}}" },
            { "step": "tenant", "name": "{{county}}", "displayName": "东河县老干部工作网", "parent": "{{city}}", "hosts": ["{{county}}.example.gov.cn"] },
            { "step": "branding", "siteName": "东河县老干部工作网", "mainColor": "#1f5f3a" },
            { "step": "features", "enable": ["Yizheng.Healthcare"] },
            { "step": "users", "users": [ { "userName": "clerk", "displayName": "李文华", "password": "Donghe2024pass", "roles": ["信息员"], "units": ["东河县水利局"] } ] },
            { "step": "healthcare", "assignments": [ { "retireeName": "王振华", "unit": "东河县水利局", "doctorName": "张敏", "hospital": "东河县人民医院", "greenChannelContact": "刘主任", "greenChannelPhone": "0514-1234 5678" } ] },
            { "step": "tenant", "name": "{{sibling}}", "displayName": "西岭县老干部工作网", "parent": "{{city}}", "theme": "Portal.Themes.Classic" },
            { "step": "users", "users": [ { "userName": "clerk", "displayName": "赵晓梅", "password": "Xiling2024pass", "roles": ["信息员"], "units": ["西岭县教育局"] } ] }
          ]
        }
        """;
}
