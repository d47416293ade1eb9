using Portal.Modules.Audit.Domain;
using Xunit;

namespace Portal.Web.Tests.Security;

public sealed class AuditHashTests
{
    private static AuditRecord Entry() => new()
    {
        Sequence = 7, TimeUtc = new DateTime(2026, 3, 5, 8, 30, 15, 123, DateTimeKind.Utc), Account = "clerk", Ip = "10.0.0.8",
        Action = "person.view", Target = "健康登记 #3 王振华（东河县水利局）", Outcome = "Success", Detail = "", PreviousHash = AuditHash.Genesis,
    };

    [Fact]
    public void Hash_IsStable_AndChangesWithAnyField()
    {
        var original = AuditHash.Compute(Entry());
        Assert.Equal(original, AuditHash.Compute(Entry()));
        Assert.Equal(64, original.Length);
        var changed = Entry();
        changed.Outcome = "Failure";
        Assert.NotEqual(original, AuditHash.Compute(changed));
        var relinked = Entry();
        relinked.PreviousHash = new string('1', 64);
        Assert.NotEqual(original, AuditHash.Compute(relinked));
    }

    [Fact]
    public void Hash_SeparatesFields_SoShiftingTextBetweenThemIsDetected()
    {
        var a = Entry();
        a.Account = "clerk";
        a.Ip = "10.0.0.8";
        var b = Entry();
        b.Account = "clerk1";
        b.Ip = "0.0.0.8";
        Assert.NotEqual(AuditHash.Compute(a), AuditHash.Compute(b));
    }

    [Fact]
    public void Truncate_KeepsMillisecondsOnly_InUtc()
    {
        var time = new DateTime(2026, 3, 5, 8, 30, 15, DateTimeKind.Utc).AddTicks(1_234_567);
        var truncated = AuditHash.Truncate(time);
        Assert.Equal(DateTimeKind.Utc, truncated.Kind);
        Assert.Equal(1_230_000, truncated.Ticks % TimeSpan.TicksPerSecond);
    }
}
