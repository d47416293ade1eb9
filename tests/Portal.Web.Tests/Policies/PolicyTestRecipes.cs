namespace Portal.Web.Tests.Policies;

/// <summary>Policy documents written for the tests: a province, a city, a county and its sibling, each with its own.</summary>
public static class PolicyTestRecipes
{
    public const string ProvinceTitle = "测试省离退休干部医疗待遇规定";
    public const string OldRulesTitle = "测试省老干部活动中心管理暂行办法";
    public const string NewRulesTitle = "测试省老干部活动阵地管理办法";
    public const string CityTitle = "测试市关于开展重阳节走访慰问工作的通知";
    public const string CountyTitle = "东河县老年大学春季招生简章";
    public const string CountyNumber = "东老干〔2024〕3号";
    public const string SiblingTitle = "西岭县老干部书画展览活动通知";

    public static string Hierarchy(string province, string city, string county, string sibling) => $$"""
        {
          "name": "policies-test",
          "steps": [
            { "step": "tenant", "name": "{{province}}", "displayName": "测试省老干部工作网", "features": ["Portal.Tenants", "Portal.Policies"] },
            { "step": "policies", "documents": [
              { "externalId": "p-1", "title": "{{ProvinceTitle}}", "docNumber": "测老干发[2021]7号", "issuer": "测试省委老干部局", "writtenOn": "2021-05-06", "category": "医疗保障",
                "body": "## 总则\n\n离休干部看病就医实行绿色通道，医药费按规定报销。" },
              { "externalId": "p-2", "title": "{{OldRulesTitle}}", "docNumber": "测老干发〔2015〕2号", "issuer": "测试省委老干部局", "writtenOn": "2015-03-01", "category": "活动阵地",
                "validity": "已废止", "replacedBy": "p-3", "repealedOn": "2022-01-01", "body": "活动中心每周开放六天。" },
              { "externalId": "p-3", "title": "{{NewRulesTitle}}", "docNumber": "测老干发〔2022〕1号", "issuer": "测试省委老干部局", "writtenOn": "2022-01-01", "category": "活动阵地",
                "body": "活动阵地应当无障碍通行，每周开放六天。" }
            ] },
            { "step": "synonyms", "groups": ["老干部 离退休干部 老同志"] },
            { "step": "tenant", "name": "{{city}}", "displayName": "测试市老干部工作网", "parent": "{{province}}" },
            { "step": "policies", "documents": [
              { "externalId": "c-1", "title": "{{CityTitle}}", "docNumber": "测市老干〔2023〕12号", "issuer": "测试市委老干部局", "writtenOn": "2023-09-20", "category": "走访慰问",
                "body": "重阳节期间走访慰问离休干部和生活困难的老同志。" }
            ] },
            { "step": "tenant", "name": "{{county}}", "displayName": "东河县老干部工作网", "parent": "{{city}}" },
            { "step": "policies", "documents": [
              { "externalId": "d-1", "title": "{{CountyTitle}}", "docNumber": "{{CountyNumber}}", "issuer": "东河县老年大学", "writtenOn": "2024-01-15", "category": "老年大学",
                "body": "开设书法、国画、太极拳和智能手机课程，离退休干部优先报名。" },
              { "externalId": "d-2", "title": "东河县关于做好独居老同志定期联系的通知", "docNumber": "东老干〔2024〕30号", "issuer": "东河县委老干部局", "writtenOn": "2024-03-02", "category": "服务管理",
                "body": "每月电话联系一次，每季度上门走访一次，并告知老年大学报名办法。" }
            ] },
            { "step": "synonyms", "groups": ["老干部 离退休干部 老同志", "医疗 医药费 看病"] },
            { "step": "tenant", "name": "{{sibling}}", "displayName": "西岭县老干部工作网", "parent": "{{city}}" },
            { "step": "policies", "documents": [
              { "externalId": "s-1", "title": "{{SiblingTitle}}", "docNumber": "西老干〔2024〕9号", "issuer": "西岭县委老干部局", "writtenOn": "2024-04-01", "category": "文体活动",
                "body": "西岭县老干部书画展览在县文化馆举办，欢迎离退休干部参加。" }
            ] }
          ]
        }
        """;
}
