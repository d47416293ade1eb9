namespace Portal.Modules.Archives.Domain;

/// <summary>A parsed phone number, or the reason in Chinese why it is not one.</summary>
internal sealed record PhoneNumberResult(PhoneNumber? Number, string? Error)
{
    public bool IsValid => Number is not null;

    public static PhoneNumberResult Ok(PhoneNumber number) => new(number, null);

    public static PhoneNumberResult Fail(string error) => new(null, error);
}
