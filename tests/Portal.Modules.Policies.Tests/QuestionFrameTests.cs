using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

/// <summary>Questions and polite requests around a title: the frame words are optional, the topic decides.</summary>
public sealed class QuestionFrameTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("我想了解一下老年人权益保障实施条例的具体内容", 4)]
    [InlineData("请问离退休干部阅读学习室管理规定在哪里能看到", 11)]
    [InlineData("麻烦帮我查查扬州市离休干部医疗费管理暂行办法", 7)]
    [InlineData("江苏省离退休干部活动中心管理办法怎么查", 3)]
    [InlineData("您好，能不能告诉我调整离退休干部生活补贴标准的通知在哪儿下载", 9)]
    public void Search_WithQuestionAroundTitle_FindsTheDocumentWithEveryTopicWord(string query, long expected)
    {
        var result = fixture.Search(query);

        Assert.Equal(expected, result.Items[0].Id);
        Assert.Equal(MatchLevel.All, result.MatchLevel);
    }

    [Theory]
    [InlineData("请问老年人权益保障实施条例在哪里能看到", "老年人权益保障实施条例")]
    [InlineData("我想了解一下离休干部医疗", "离休干部医疗")]
    [InlineData("走访慰问", "走访慰问")]
    public void TrimFrame_KeepsTheTopicBetweenTheFrameWords(string query, string topic)
    {
        Assert.Equal(topic, QuerySegments.TrimFrame(query));
    }

    [Theory]
    [InlineData("我想了解一下离休干部医疗费管理办法", "离休干部医疗费管理办法")]
    [InlineData("政府 督查", "政府 督查")]
    [InlineData("调查 海上 有关规定", "调查 海上")]
    [InlineData("离休干部体检费用规定了吗", "离休干部体检费用规定")]
    public void Plan_NoiseCharacterInsideAWord_IsKept(string query, string passage)
    {
        // 了 and 查 are noise on their own (规定了, 帮我查), not as part of 了解, 督查 or 调查.
        var plan = QueryPlanner.Plan(query, []);

        Assert.Equal([passage], plan.Passages);
    }

    [Theory]
    [InlineData("你好，老年人权益保障实施条例，谢谢", "老年人权益保障实施条例")]
    [InlineData("您好，请问，离休干部医疗 体检", "离休干部医疗 体检")]
    public void Plan_GreetingOrThanksSetOffByAComma_IsNotPartOfThePassage(string query, string passage)
    {
        var plan = QueryPlanner.Plan(query, []);

        Assert.Equal([passage], plan.Passages);
    }
}
