using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Features.Records;

namespace Portal.Modules.Archives.Tests.Domain;

/// <summary>One file's values read against its form, without a database: what the writer stores and every refusal at once.</summary>
public sealed class RecordCheckTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static readonly FormField[] Fields =
    [
        new() { Key = "name", Label = "姓名", Type = FieldTypes.Text, Required = true },
        new() { Key = "sex", Label = "性别", Type = FieldTypes.Choice, Dictionary = "性别", Required = true },
        new() { Key = "birthDate", Label = "出生时间", Type = FieldTypes.Date, Required = true },
        new() { Key = "idNumber", Label = "身份证号", Type = FieldTypes.IdNumber, Required = true },
        new() { Key = "workDate", Label = "参加工作时间", Type = FieldTypes.Date },
        new() { Key = "monthlyIncome", Label = "月收入总额（元）", Type = FieldTypes.Number, Sensitive = true },
        new() { Key = "phone", Label = "联系电话", Type = FieldTypes.Phone, Required = true },
        new() { Key = "scan", Label = "档案扫描件", Type = FieldTypes.File },
    ];

    private static Dictionary<string, string?> Typed(params (string Key, string? Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    [Fact]
    public void Read_NormalisesEachValue_ToItsStoredSpelling()
    {
        var check = new RecordCheck(Fields, new Dictionary<string, string>(), Today);

        var values = check.Read(Typed(("name", " 王振华 "), ("sex", "男"), ("birthDate", "1938年5月12日"), ("idNumber", "３２１０８１１９３８０５１２０１１２"),
            ("workDate", "1956/9/1"), ("monthlyIncome", "８,６５０.５"), ("phone", "+86 138-5146-7203")), keepSealed: false);

        Assert.Empty(check.Errors);
        Assert.Equal("王振华", values["name"]);
        Assert.Equal("1938-05-12", values["birthDate"]);
        Assert.Equal("321081193805120112", values["idNumber"]);
        Assert.Equal("1956-09-01", values["workDate"]);
        Assert.Equal("8650.5", values["monthlyIncome"]);
        Assert.Equal("13851467203", values["phone"]);
        Assert.False(values.ContainsKey("scan"));
    }

    [Fact]
    public void Read_ReportsEveryProblemAtOnce_NamingTheField()
    {
        var check = new RecordCheck(Fields, new Dictionary<string, string>(), Today);

        check.Read(Typed(("sex", "女"), ("birthDate", "1938-05"), ("idNumber", "321081193805120112"), ("workDate", "1936-09-01"), ("monthlyIncome", "八千")), keepSealed: false);

        var byField = check.Errors.ToLookup(e => e.Field, e => e.Message);
        Assert.Equal("请填写姓名。", Assert.Single(byField["name"]));
        Assert.Contains("不是完整的日期", Assert.Single(byField["birthDate"]), StringComparison.Ordinal);
        Assert.Contains("应填数字", Assert.Single(byField["monthlyIncome"]), StringComparison.Ordinal);
        Assert.Equal("请填写联系电话。", Assert.Single(byField["phone"]));
        Assert.Contains("性别“女”与身份证号不一致", Assert.Single(byField["sex"]), StringComparison.Ordinal);
        Assert.Empty(byField["workDate"]); // its order cannot be judged while 出生时间 is unreadable
    }

    [Fact]
    public void Read_OnAnEdit_KeepsAnEmptySensitiveValue_AndValuesOfFieldsTheFormDropped()
    {
        var stored = new Dictionary<string, string>
        {
            ["name"] = "王振华", ["sex"] = "男", ["birthDate"] = "1938-05-12", ["idNumber"] = "321081193805120112",
            ["phone"] = "13851467203", ["monthlyIncome"] = "8650.5", ["oldHousingNo"] = "仪房字第0412号",
        };
        var check = new RecordCheck(Fields, stored, Today);

        var values = check.Read(Typed(("name", "王振华"), ("sex", "男"), ("birthDate", "1938-05-12"), ("idNumber", ""), ("phone", ""), ("monthlyIncome", "")), keepSealed: true);

        Assert.Empty(check.Errors);
        Assert.Equal("321081193805120112", values["idNumber"]);
        Assert.Equal("13851467203", values["phone"]);
        Assert.Equal("8650.5", values["monthlyIncome"]);
        Assert.Equal("仪房字第0412号", values["oldHousingNo"]);
    }
}
