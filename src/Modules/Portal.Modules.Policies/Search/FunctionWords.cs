using System.Collections.Frozen;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// The frame of a question or a polite request carries no topic: "请问…在哪里能看到", "我想了解一下…的具体内容",
/// "麻烦帮我查查…有没有". These are Mandarin's closed word classes — pronouns, interrogatives, modal verbs,
/// verbs of seeking and knowing, politeness formulas, particles — listed by class, not by any one phrasing.
/// Such words never have to match; the words between them are the topic.
/// </summary>
internal static class FunctionWords
{
    private static readonly string[] Pronouns =
        ["我", "我们", "你", "您", "你们", "咱", "咱们", "大家", "自己", "本人", "他", "她", "他们"];

    private static readonly string[] Interrogatives =
    [
        "什么", "啥", "哪", "哪里", "哪儿", "哪个", "哪些", "哪种", "怎么", "怎样", "怎么样", "怎么办", "如何", "为什么",
        "为何", "多少", "几", "谁", "是否", "有没有", "是不是", "能不能", "可不可以", "会不会", "要不要", "在哪", "在哪里",
        "在哪儿", "何处", "何时", "什么样", "什么时候",
    ];

    private static readonly string[] Modals =
        ["想", "想要", "要", "能", "能够", "可以", "应该", "需要", "希望", "打算"];

    /// <summary>Seeking, finding, reading and asking: what a reader does with a document, not what it is about.</summary>
    private static readonly string[] SeekingVerbs =
    [
        "了解", "知道", "看", "看看", "看到", "看一看", "看一下", "查", "查查", "查到", "查看", "查询", "查找", "查阅", "搜",
        "搜搜", "搜索", "搜到", "找", "找找", "找到", "寻找", "问", "问问", "请问", "咨询", "打听", "请教", "阅读", "读",
        "下载", "获取", "学习", "弄清楚", "明白", "清楚", "告诉", "给", "提供", "发给", "找一下", "查一下",
    ];

    private static readonly string[] Politeness =
        ["请", "麻烦", "劳驾", "您好", "你好", "谢谢", "谢", "帮", "帮忙", "帮我", "帮助", "一下", "拜托"];

    private static readonly string[] Particles =
    [
        "的", "地", "了", "过", "着", "吗", "呢", "吧", "啊", "呀", "么", "嘛", "哦", "呗", "这", "这个", "这些", "那",
        "那个", "那些", "一个", "个", "一些", "些", "一点", "有", "是", "在", "里", "里面", "上面", "到", "还", "也",
        "都", "就", "又", "再", "很", "和", "与", "及", "或", "或者", "跟", "对", "对于", "具体", "详细", "全部", "所有",
        "内容", "全文", "原文", "网上", "哪儿能", "能否", "不", "儿", "一",
    ];

    private static readonly FrozenSet<string> All = Pronouns.Concat(Interrogatives).Concat(Modals).Concat(SeekingVerbs)
        .Concat(Politeness).Concat(Particles).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A frame word, or a verb said twice to soften it (看一看, 查一查, 读一读, 问问).</summary>
    public static bool Contains(string word) => All.Contains(word) || IsSoftenedVerb(word);

    private static bool IsSoftenedVerb(string word) =>
        (word.Length == 3 && word[1] == '一' && word[0] == word[2] && All.Contains(word[..1]))
        || (word.Length == 2 && word[0] == word[1] && All.Contains(word[..1]));
}
