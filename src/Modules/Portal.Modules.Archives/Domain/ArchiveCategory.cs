namespace Portal.Modules.Archives.Domain;

/// <summary>
/// The seven categories of 一人一档 (DOMAIN.md). Each site has at most one form per category, keyed by
/// <see cref="Key"/>; the last three are optional per site (a recipe ships them or not).
/// </summary>
internal sealed record ArchiveCategory(string Key, string Label, bool IsPerson)
{
    public static readonly ArchiveCategory Units = new("units", "单位信息", false);
    public static readonly ArchiveCategory Staff = new("staff", "工作人员信息", true);
    public static readonly ArchiveCategory Lixiu = new("lixiu", "离休干部信息", true);
    public static readonly ArchiveCategory Tuixiu = new("tuixiu", "退休干部信息", true);
    public static readonly ArchiveCategory PartyBranches = new("partyBranches", "党组织信息", false);
    public static readonly ArchiveCategory ActivityCentres = new("activityCentres", "活动阵地信息", false);
    public static readonly ArchiveCategory VolunteerTeams = new("volunteerTeams", "志愿服务队伍信息", false);

    public static readonly IReadOnlyList<ArchiveCategory> All = [Units, Staff, Lixiu, Tuixiu, PartyBranches, ActivityCentres, VolunteerTeams];

    public static ArchiveCategory? Find(string? key) => All.FirstOrDefault(c => c.Key == key);
}
