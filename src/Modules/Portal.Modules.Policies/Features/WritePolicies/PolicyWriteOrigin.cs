namespace Portal.Modules.Policies.Features.WritePolicies;

/// <summary>Who a bulk write comes from: shown as 修改人 on the documents and in the audit log.</summary>
internal enum PolicyWriteOrigin
{
    Recipe,
    Import,
}
