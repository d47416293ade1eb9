using Portal.Core.Data;

namespace Portal.Web.Tests.Security;

/// <summary>Tight sign-in limits: 3 posts per account and 6 per address a minute.</summary>
public abstract class RateLimitFixture(DatabaseProvider provider) : SecurityFixture(provider)
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Portal:Security:SignInPerAccountPerMinute"] = "3",
        ["Portal:Security:SignInPerIpPerMinute"] = "6",
    };
}

public sealed class SqliteRateLimit() : RateLimitFixture(DatabaseProvider.Sqlite);

public sealed class PostgresRateLimit() : RateLimitFixture(DatabaseProvider.Postgres);
