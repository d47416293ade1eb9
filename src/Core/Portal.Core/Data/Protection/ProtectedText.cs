namespace Portal.Core.Data.Protection;

/// <summary>
/// A personal value as stored: "pd1.{keyId}.{nonce}.{ciphertext+tag}" (Base64). Entities hold this
/// instead of the plain text, so reading a record never decrypts by accident; opening it is a call
/// to <see cref="PersonalDataProtector"/> (and, for a full view, <see cref="PersonalDataReveal"/>).
/// </summary>
public sealed record ProtectedText(string Stored)
{
    public override string ToString() => "（已加密）";
}
