namespace Portal.Web.Tests.Security;

/// <summary>A clock the test moves by hand, so a 20-minute timeout is tested without waiting.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
