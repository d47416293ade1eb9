using Portal.Core.Data.Protection;
using Portal.Core.Security;
using Xunit;

namespace Portal.Core.Tests.Data;

public sealed class PersonalNumbersTests
{
    [Theory]
    [InlineData("32108119400315012x", "32108119400315012X")]
    [InlineData(" 321081 19400315 012X ", "32108119400315012X")]
    [InlineData("321081400315012", "32108119400315012X")] // 15 digits: "19" inserted, check char computed
    [InlineData("321081350312013", "321081193503120133")]
    public void NormalizeIdNumber_GivesOneSpellingPerNumber(string typed, string expected)
        => Assert.Equal(expected, PersonalNumbers.NormalizeIdNumber(typed));

    [Theory]
    [InlineData("32108119400315012X", true)]
    [InlineData("321081193503120133", true)]
    [InlineData("321081193503120134", false)] // wrong check character
    [InlineData("321081193502300132", false)] // right check character, but 30 February
    [InlineData("3210811935031201", false)]
    public void IsValidIdNumber_ChecksTheCheckCharacterAndBirthDate(string idNumber, bool valid)
        => Assert.Equal(valid, PersonalNumbers.IsValidIdNumber(idNumber));

    [Theory]
    [InlineData("+86 138-5146-7203", "13851467203")]
    [InlineData("0086 13851467203", "13851467203")]
    [InlineData("0514-8346 2211", "051483462211")]
    public void NormalizePhone_KeepsDigitsOnly(string typed, string expected)
        => Assert.Equal(expected, PersonalNumbers.NormalizePhone(typed));

    [Fact]
    public void Masking_KeepsTheFirstAndLastFour_OfAnIdNumber_AndThreeAndFour_OfAPhone()
    {
        Assert.Equal("3210**********012X", PersonalDataMasking.IdNumber("32108119400315012X"));
        Assert.Equal("138****7203", PersonalDataMasking.Phone("13851467203"));
        Assert.Equal("", PersonalDataMasking.IdNumber(null));
    }
}
