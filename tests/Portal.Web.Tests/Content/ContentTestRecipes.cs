namespace Portal.Web.Tests.Content;

/// <summary>News, notices and pages written for the tests: a province that shares a notice down, a city, two counties.</summary>
public static class ContentTestRecipes
{
    public const string SharedNoticeTitle = "测试省关于开展2026年重阳节敬老月活动的通知";
    public const string ProvinceOnlyTitle = "测试省老干部局召开全省老干部工作会议";
    public const string CountyNewsTitle = "南湖县老年大学书画班开展写生活动";
    public const string SiblingNewsTitle = "北山县离退休干部参观红色教育基地";

    public static string Hierarchy(string province, string city, string county, string sibling) => $$"""
        {
          "name": "content-test",
          "steps": [
            { "step": "tenant", "name": "{{province}}", "displayName": "测试省老干部工作网", "features": ["Portal.Tenants", "Portal.Content", "Portal.Media"] },
            { "step": "content",
              "columns": [ { "slug": "news", "name": "工作动态", "order": 10 }, { "slug": "notices", "name": "通知公告", "order": 20 } ],
              "items": [
                { "externalId": "s-1", "column": "notices", "kind": "notice", "title": "{{SharedNoticeTitle}}", "source": "测试省委老干部局", "sharedDown": true,
                  "publishAt": "2026-10-08T09:30:00", "markdown": "各市、县（区）委老干部局：\n\n请结合本地实际，组织开展走访慰问、健康讲座等活动。" },
                { "externalId": "s-2", "column": "news", "kind": "article", "title": "{{ProvinceOnlyTitle}}", "publishAt": "2026-09-01T10:00:00",
                  "markdown": "会议总结了上半年工作，部署了下半年任务。" }
              ] },
            { "step": "tenant", "name": "{{city}}", "displayName": "测试市老干部工作网", "parent": "{{province}}" },
            { "step": "tenant", "name": "{{county}}", "displayName": "南湖县老干部工作网", "parent": "{{city}}" },
            {{CountySteps(province)}},
            { "step": "content", "items": [
                { "externalId": "n-1", "column": "news", "title": "{{CountyNewsTitle}}", "author": "南湖县委老干部局 王丽", "publishAt": "2026-10-10T15:20:00",
                  "markdown": "十月九日，老年大学书画班三十余名学员来到南湖湿地公园写生。" },
                { "externalId": "n-2", "column": "about", "kind": "page", "title": "关于我们", "markdown": "南湖县委老干部局，地址：南湖县人民路 18 号。" }
            ] },
            { "step": "tenant", "name": "{{sibling}}", "displayName": "北山县老干部工作网", "parent": "{{city}}" },
            { "step": "content",
              "columns": [ { "slug": "news", "name": "新闻动态", "order": 10 } ],
              "items": [ { "externalId": "b-1", "column": "news", "title": "{{SiblingNewsTitle}}", "sharedDown": true, "markdown": "北山县组织离退休干部参观红色教育基地。" } ] }
          ]
        }
        """;

    /// <summary>A county's columns (新闻动态; 通知公告 with review, also listing the province's shared notices; 关于我们) and staff.</summary>
    public static string County(string name, string parent, string displayName, string province) => $$"""
        {
          "name": "content-county",
          "steps": [
            { "step": "tenant", "name": "{{name}}", "displayName": "{{displayName}}", "parent": "{{parent}}" },
            {{CountySteps(province)}}
          ]
        }
        """;

    private static string CountySteps(string province) => $$"""
        { "step": "roles", "roles": [ { "name": "编辑" }, { "name": "审核员" } ] },
        { "step": "users", "users": [
          { "userName": "bianji", "displayName": "周晓梅", "password": "{{ContentFixture.Password}}", "roles": ["编辑"] },
          { "userName": "shenhe", "displayName": "钱国华", "password": "{{ContentFixture.Password}}", "roles": ["审核员"] },
          { "userName": "shenhe2", "displayName": "孙志刚", "password": "{{ContentFixture.Password}}", "roles": ["审核员", "编辑"] } ] },
        { "step": "content", "columns": [
          { "slug": "news", "name": "新闻动态", "order": 10 },
          { "slug": "notices", "name": "通知公告", "order": 20, "requiresReview": true, "sources": ["{{province}}/notices"] },
          { "slug": "about", "name": "关于我们", "order": 90 } ] }
        """;
}
