using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Tests.Domain;

/// <summary>
/// GB 11643-1999 on synthetic numbers written for these tests (real address codes, made-up birth dates and
/// sequences, check characters computed by hand with the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2).
/// </summary>
public sealed class IdentityNumberTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("320102193805120111", "1938-05-12", "男")]
    [InlineData("321081195209170024", "1952-09-17", "女")]
    [InlineData("32102319470228035X", "1947-02-28", "男")]
    [InlineData("340104195511030263", "1955-11-03", "女")]
    [InlineData("320684194106050130", "1941-06-05", "男")]
    public void Parse_ValidNumber_GivesBirthDateAndSex(string text, string birth, string sex)
    {
        var result = IdentityNumber.Parse(text, Today);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(text, result.Number!.Value);
        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), result.Number.BirthDate);
        Assert.Equal(sex, result.Number.Sex.Label());
        Assert.False(result.Number.WasUpgraded);
    }

    [Theory]
    [InlineData("32102319470228035x")]
    [InlineData(" 3210 2319 4702 2803 5X ")]
    [InlineData("３２１０２３１９４７０２２８０３５Ｘ")]
    [InlineData("３２１０２３１９４７０２２８０３５ｘ")]
    public void Parse_LowerCaseX_FullWidthAndSpaces_AreNormalised(string typed)
    {
        var result = IdentityNumber.Parse(typed, Today);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal("32102319470228035X", result.Number!.Value);
    }

    [Fact]
    public void Parse_FifteenDigitNumber_IsUpgradedWith19AndAComputedCheckCharacter()
    {
        var result = IdentityNumber.Parse("321081520917002", Today);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal("321081195209170024", result.Number!.Value);
        Assert.Equal(new DateOnly(1952, 9, 17), result.Number.BirthDate);
        Assert.Equal(Sex.Female, result.Number.Sex);
        Assert.True(result.Number.WasUpgraded);
    }

    [Fact]
    public void Parse_FifteenDigitNumber_WhoseUpgradeEndsInX_IsUpperCase()
    {
        var result = IdentityNumber.Parse("321081400315012", Today);

        Assert.Equal("32108119400315012X", result.Number?.Value);
    }

    [Theory]
    [InlineData("320102193805120112", "最后一位应是“1”，现在是“2”")]
    [InlineData("32010219380512011X", "最后一位应是“1”，现在是“X”")]
    [InlineData("321081195209170020", "最后一位应是“4”")]
    public void Parse_WrongCheckCharacter_SaysWhichItShouldBe(string text, string expected)
    {
        var result = IdentityNumber.Parse(text, Today);

        Assert.False(result.IsValid);
        Assert.Contains("校验位不对", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("32010219380230011", "“19380230”不是有效日期")] // 30 February
    [InlineData("32010219381312011", "“19381312”不是有效日期")] // month 13
    [InlineData("32010218950512011", "“18950512”不是有效日期")] // before 1900
    public void Parse_ImpossibleBirthDate_IsRefused(string first17, string expected)
    {
        var result = IdentityNumber.Parse(first17 + Portal.Core.Data.Protection.PersonalNumbers.CheckCharacter(first17), Today);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BirthDateAfterToday_IsRefused()
    {
        const string first17 = "32010220270105011";
        var result = IdentityNumber.Parse(first17 + Portal.Core.Data.Protection.PersonalNumbers.CheckCharacter(first17), Today);

        Assert.False(result.IsValid);
        Assert.Contains("2027-01-05 晚于今天", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "请填写身份证号")]
    [InlineData("3201021938051201", "现在是 16 位")]
    [InlineData("3201021938051201111", "现在是 19 位")]
    [InlineData("3201021938X5120111", "前 17 位只能是数字")]
    [InlineData("32010219380512011Y", "最后一位是数字或 X")]
    [InlineData("32108152091700X", "15 位的旧身份证号只能是数字")]
    public void Parse_WrongShape_IsRefusedWithAReason(string text, string expected)
    {
        var result = IdentityNumber.Parse(text, Today);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownProvinceCode_IsRefused()
    {
        const string first17 = "99010219380512011";
        var result = IdentityNumber.Parse(first17 + Portal.Core.Data.Protection.PersonalNumbers.CheckCharacter(first17), Today);

        Assert.False(result.IsValid);
        Assert.Contains("前两位“99”不是省级行政区代码", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Disagreements_NameTheFieldsThatDoNotMatchTheNumber()
    {
        var number = IdentityNumber.Parse("320102193805120111", Today).Number!;

        Assert.Empty(number.Disagreements(new DateOnly(1938, 5, 12), Sex.Male));
        Assert.Empty(number.Disagreements(null, null));
        var found = number.Disagreements(new DateOnly(1938, 5, 21), Sex.Female);
        Assert.Equal(["birthDate", "sex"], found.Select(f => f.Field));
        Assert.Contains("1938-05-21 与身份证号中的出生日期 1938-05-12 不一致", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("性别“女”与身份证号不一致", found[1].Message, StringComparison.Ordinal);
    }
}
