using Portal.Core.Modules;

namespace Portal.Core.Security;

/// <summary>Every audit action the shell and the loaded modules declare, by name.</summary>
public sealed class AuditActionCatalog
{
    private readonly Dictionary<string, AuditAction> _byName = new(StringComparer.Ordinal);

    public AuditActionCatalog(ModuleCatalog modules)
    {
        foreach (var action in AuditActions.All.Concat(modules.All.SelectMany(m => m.Startup.AuditActions)))
        {
            if (!_byName.TryAdd(action.Name, action))
            {
                throw new InvalidOperationException($"Audit action {action.Name} is declared twice.");
            }
        }
    }

    public IEnumerable<AuditAction> All => _byName.Values;

    /// <summary>The words for an action; an undeclared one (e.g. of a plugin since removed) shows its name.</summary>
    public string TitleOf(string name) => _byName.TryGetValue(name, out var action) ? action.Title : name;
}
