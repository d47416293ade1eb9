using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Security;

/// <summary>The security fixture plus a second host node over the same data folder, databases and keys.</summary>
public abstract class TwoNodeSecurity(DatabaseProvider provider) : SecurityFixture(provider)
{
    private PortalFactory? _secondNode;

    public PortalFactory SecondNode => _secondNode ??= StartSecondNode();

    public override async Task DisposeAsync()
    {
        if (_secondNode is not null)
        {
            await _secondNode.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    private PortalFactory StartSecondNode()
    {
        var node = new PortalFactory(Factory.Database, Factory.Database.SettingsAsync().GetAwaiter().GetResult());
        _ = node.Server;
        return node;
    }
}

public sealed class SqliteTwoNodeSecurity() : TwoNodeSecurity(DatabaseProvider.Sqlite);

public sealed class PostgresTwoNodeSecurity() : TwoNodeSecurity(DatabaseProvider.Postgres);
