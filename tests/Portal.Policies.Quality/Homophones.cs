namespace Portal.Policies.Quality;

/// <summary>
/// Character-level pinyin homophones used to simulate typos. Deliberately much wider than the engine's
/// word-level correction table, so most generated typos are NOT corrected and must be survived by matching.
/// </summary>
internal static class Homophones
{
    public static readonly Dictionary<char, char> Map = new()
    {
        ['定'] = '订', ['例'] = '列', ['理'] = '里', ['见'] = '建', ['知'] = '之', ['部'] = '布', ['作'] = '做',
        ['障'] = '樟', ['施'] = '失', ['遇'] = '愚', ['则'] = '责', ['决'] = '绝', ['释'] = '试', ['规'] = '归',
        ['记'] = '计', ['贴'] = '帖', ['利'] = '力', ['督'] = '都', ['安'] = '按', ['境'] = '竟', ['护'] = '户',
        ['划'] = '化', ['务'] = '物', ['行'] = '形', ['保'] = '宝', ['险'] = '显', ['业'] = '叶', ['位'] = '为',
        ['当'] = '档', ['政'] = '正', ['府'] = '付', ['社'] = '设', ['会'] = '汇', ['民'] = '明', ['权'] = '全',
        ['费'] = '废', ['资'] = '姿', ['金'] = '今', ['员'] = '原', ['工'] = '公', ['期'] = '其', ['需'] = '须',
        ['制'] = '治', ['度'] = '渡', ['机'] = '几', ['构'] = '购', ['门'] = '们', ['实'] = '时', ['关'] = '观',
        ['有'] = '又', ['应'] = '英', ['经'] = '京', ['营'] = '赢', ['单'] = '担', ['检'] = '减', ['查'] = '察',
        ['设'] = '社', ['备'] = '被', ['登'] = '灯', ['处'] = '出', ['罚'] = '发', ['款'] = '宽',
    };
}
