using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data.Protection;

/// <summary>The column convention for personal data: call from a module DbContext's ConfigureConventions.</summary>
public static class ProtectedDataConventions
{
    /// <summary>Every <see cref="ProtectedText"/> property becomes a text column holding the sealed value.</summary>
    public static ModelConfigurationBuilder AddProtectedData(this ModelConfigurationBuilder builder)
    {
        builder.Properties<ProtectedText>().HaveConversion<ProtectedTextConverter>();
        return builder;
    }
}
