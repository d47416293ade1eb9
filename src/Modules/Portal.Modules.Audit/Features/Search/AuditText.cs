using System.Globalization;
using System.Text;
using Portal.Modules.Audit.Domain;

namespace Portal.Modules.Audit.Features.Search;

/// <summary>How an entry reads for people: local time, Chinese outcome, and the CSV the auditor exports.</summary>
internal static class AuditText
{
    public static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Outcome(string outcome) => outcome switch
    {
        "Success" => "成功",
        "Failure" => "失败",
        "Denied" => "拒绝",
        _ => outcome,
    };

    public const string CsvHeader = "序号,时间,账号,IP,操作,对象,结果,说明,前一条哈希,哈希";

    public static string CsvLine(AuditRecord r) => string.Join(',',
        r.Sequence.ToString(CultureInfo.InvariantCulture), Time(r.TimeUtc), Cell(r.Account), Cell(r.Ip), Cell(r.Action), Cell(r.Target),
        Outcome(r.Outcome), Cell(r.Detail), r.PreviousHash, r.Hash);

    // Quotes every text cell, and defuses leading = + - @ so a spreadsheet never runs it as a formula.
    private static string Cell(string value)
    {
        var text = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return new StringBuilder("\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
