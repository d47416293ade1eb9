namespace Portal.Modules.Archives.Domain;

/// <summary>A parsed 身份证号, or the reason in Chinese why it is not one.</summary>
internal sealed record IdentityNumberResult(IdentityNumber? Number, string? Error)
{
    public bool IsValid => Number is not null;

    public static IdentityNumberResult Ok(IdentityNumber number) => new(number, null);

    public static IdentityNumberResult Fail(string error) => new(null, error);
}
