using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Tests.Domain;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13851467203", "13851467203", true, "138 5146 7203")]
    [InlineData("+86 139-6187-3425", "13961873425", true, "139 6187 3425")]
    [InlineData("１９９ ０５１４ ２２１１", "19905142211", true, "199 0514 2211")]
    [InlineData("0514-83462211", "051483462211", false, "0514-8346 2211")]
    [InlineData("(0514) 8346 2211", "051483462211", false, "0514-8346 2211")]
    [InlineData("025-86651234", "02586651234", false, "025-8665 1234")]
    [InlineData("010 6512 3456", "01065123456", false, "010-6512 3456")]
    [InlineData("0516-7654321", "05167654321", false, "0516-7654321")]
    public void Parse_MobileOrLandlineWithAreaCode_IsKeptAsDigits(string typed, string digits, bool mobile, string display)
    {
        var result = PhoneNumber.Parse(typed);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(digits, result.Number!.Digits);
        Assert.Equal(mobile, result.Number.IsMobile);
        Assert.Equal(display, result.Number.Display);
    }

    [Theory]
    [InlineData("", "请填写联系电话")]
    [InlineData("12851467203", "以 13 到 19 开头")]
    [InlineData("1385146720", "手机号应为 11 位")]
    [InlineData("83462211", "座机号请带区号")]
    [InlineData("0514-346221", "后面应是 7 或 8 位号码")]
    [InlineData("0514-034622111", "后面应是 7 或 8 位号码")]
    [InlineData("138 五一四六 7203", "只能是数字")]
    public void Parse_WrongNumber_IsRefusedWithAReason(string typed, string expected)
    {
        var result = PhoneNumber.Parse(typed);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
