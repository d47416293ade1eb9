using System.Security.Claims;
using Portal.Core.Security;
using Xunit;

namespace Portal.Core.Tests.Security;

public sealed class PermissionClaimsTests
{
    private static ClaimsPrincipal User(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    [Fact]
    public void HasPermission_IsTrue_OnlyForAGrantedPermission()
    {
        var user = User(new Claim(PortalClaimTypes.Permission, "audit.read"));
        Assert.True(user.HasPermission("audit.read"));
        Assert.False(user.HasPermission("users.manage"));
    }

    [Fact]
    public void HasPermission_IsFalse_WhileASecondFactorMustBeEnrolled()
    {
        var user = User(new Claim(PortalClaimTypes.Permission, "audit.read"), new Claim(PortalClaimTypes.TwoFactorEnrolmentRequired, "1"));
        Assert.False(user.HasPermission("audit.read"));
    }

    [Fact]
    public void HasPermission_IsFalse_ForAnonymous()
        => Assert.False(new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalClaimTypes.Permission, "audit.read")])).HasPermission("audit.read"));

    [Fact]
    public void VisibleUnits_AreTheBoundUnits_OrAllWithThePermission()
    {
        var clerk = User(new Claim(PortalClaimTypes.Unit, "东河县水利局"), new Claim(PortalClaimTypes.Unit, "东河县教育局"));
        Assert.Equal(["东河县水利局", "东河县教育局"], clerk.VisibleUnits()!.Order(StringComparer.Ordinal).Reverse());
        Assert.Null(User(new Claim(PortalClaimTypes.Permission, CorePermissions.AllUnits)).VisibleUnits());
        Assert.Empty(User().VisibleUnits()!);
    }

    [Theory]
    [InlineData("13912345678", "139****5678")]
    [InlineData("0514-8000 1001", "051****1001")]
    [InlineData("12345", "*****")]
    [InlineData(null, "")]
    public void PhoneNumbers_AreMaskedInLists(string? phone, string masked)
        => Assert.Equal(masked, PersonalDataMasking.Phone(phone));
}
