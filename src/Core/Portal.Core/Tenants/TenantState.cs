namespace Portal.Core.Tenants;

public enum TenantState
{
    /// <summary>Registered; its database is not set up yet. Its site answers "正在建设中".</summary>
    Uninitialized,

    Running,

    /// <summary>Switched off by an operator: its site answers 404; its data stays.</summary>
    Disabled,
}
