using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data;

/// <summary>Base for a module's schema: names the DbContext whose model is the module's tables.</summary>
public abstract class ModuleSchema<TContext> : IModuleSchema
    where TContext : DbContext
{
    public abstract string ModuleId { get; }

    public abstract string SchemaId { get; }

    public virtual int Version => 1;

    public Type DbContextType => typeof(TContext);

    public virtual IReadOnlyList<SchemaUpgrade> Upgrades => [];

    public DbContext CreateContext(Action<DbContextOptionsBuilder> configure)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        configure(builder);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}
