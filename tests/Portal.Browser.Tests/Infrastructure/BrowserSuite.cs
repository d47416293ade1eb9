using Xunit;

namespace Portal.Browser.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserPortal>
{
    public const string Name = "browser";
}
