using Portal.Core.Security;
using Portal.Modules.Users.Features.Roles;
using Portal.Modules.Users.Features.SignIn;
using Xunit;

namespace Portal.Web.Tests.Security;

public sealed class SeparationOfDutiesRuleTests
{
    [Theory]
    [InlineData("系统管理员", "安全管理员")]
    [InlineData("安全管理员", "审计管理员")]
    [InlineData("系统管理员", "审计管理员")]
    public void TwoAdministratorRoles_AreRefused(string first, string second)
        => Assert.NotNull(SeparationOfDuties.Check([first, second], new HashSet<AdministratorDuty>()));

    [Fact]
    public void OneAdministratorRole_WithOrdinaryRoles_IsAllowed()
        => Assert.Null(SeparationOfDuties.Check(["审计管理员", "编辑", "审核员"], new HashSet<AdministratorDuty> { AdministratorDuty.Audit }));

    [Fact]
    public void CustomRoles_CarryingTwoDuties_AreRefused()
        => Assert.Contains("三员分立", SeparationOfDuties.Check(["局办公室"], new HashSet<AdministratorDuty> { AdministratorDuty.System, AdministratorDuty.Audit }), StringComparison.Ordinal);

    [Fact]
    public void AdministratorRole_WithAnotherDutysPermission_IsRefused()
        => Assert.NotNull(SeparationOfDuties.Check(["系统管理员"], new HashSet<AdministratorDuty> { AdministratorDuty.Audit }));

    [Theory]
    [InlineData("Donghe2024", true)]
    [InlineData("donghe#2024", true)]
    [InlineData("DONGHE#abc", true)]
    [InlineData("donghe2024", false)]
    [InlineData("Dh#2024", false)]
    [InlineData("abcdefghij", false)]
    public void PasswordRule_NeedsEightCharactersOfThreeKinds(string password, bool accepted)
        => Assert.Equal(accepted, PasswordKindsValidator.IsStrongEnough(password));
}
