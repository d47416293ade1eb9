using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Tests.Domain;

public sealed class FormRulesTests
{
    private static readonly FormField Name = new() { Key = "name", Label = "姓名", Type = FieldTypes.Text, Required = true };

    [Fact]
    public void Check_AGoodDefinition_HasNoErrors_AndSealsPersonalTypes()
    {
        FormField[] fields =
        [
            Name,
            new() { Key = "ethnicity", Label = "民族", Type = FieldTypes.Choice, Dictionary = "民族" },
            new() { Key = "kind", Label = "阵地类型", Type = FieldTypes.Choice, Choices = ["老年大学教学点", "社区活动室"] },
            new() { Key = "address", Label = "现居住地", Type = FieldTypes.Address },
            new() { Key = "health", Label = "健康状况", Type = FieldTypes.Choice, Dictionary = "健康状况", Sensitive = true },
        ];

        Assert.Empty(FormRules.Check("退休干部信息", fields));
        Assert.Equal(56, fields[1].Options.Count);
        Assert.Equal(["老年大学教学点", "社区活动室"], fields[2].Options);
        Assert.True(fields[3].IsSealed);
        Assert.True(fields[4].IsSealed);
        Assert.False(fields[1].IsSealed);
    }

    [Fact]
    public void Check_BadKeys_UnknownTypeOrDictionary_AndNoNameField_AreEachNamed()
    {
        FormField[] fields =
        [
            new() { Key = "出生", Label = "出生时间", Type = FieldTypes.Date },
            new() { Key = "x", Label = "甲", Type = "money" },
            new() { Key = "x", Label = "", Type = FieldTypes.Choice, Dictionary = "籍贯" },
        ];

        var errors = FormRules.Check("", fields);

        Assert.Contains(("title", "请填写表单名称。"), errors);
        Assert.Contains(errors, e => e.Path == "fields[0].key" && e.Message.Contains("英文字母开头", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "fields[1].type" && e.Message.Contains("money", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "fields[2].key" && e.Message.Contains("两次", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "fields[2].label");
        Assert.Contains(errors, e => e.Path == "fields[2].dictionary" && e.Message.Contains("字典“籍贯”不存在", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "fields" && e.Message.Contains("name", StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_RoundTrips_AndGivesTheSameTextForTheSameFields()
    {
        FormField[] fields = [Name, new() { Key = "birthDate", Label = "出生时间", Type = FieldTypes.Date, Section = "基本信息", Order = 40, Help = "与身份证号一致" }];

        var json = FormRules.Serialize(fields);

        Assert.Equal(fields, FormRules.Deserialize(json));
        Assert.Equal(json, FormRules.Serialize(FormRules.Deserialize(json)));
        Assert.Contains("出生时间", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordered_KeepsSectionsAsFirstMet_ThenOrder()
    {
        FormField[] fields =
        [
            new() { Key = "b", Section = "基本信息", Order = 20 },
            new() { Key = "c", Section = "健康与联系", Order = 10 },
            new() { Key = "a", Section = "基本信息", Order = 10 },
        ];

        Assert.Equal(["a", "b", "c"], FormRules.Ordered(fields).Select(f => f.Key));
    }
}
