using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Core.Data.Protection;

/// <summary>Stores a <see cref="ProtectedText"/> as its sealed string; no key is needed, so the model stays tenant-neutral.</summary>
public sealed class ProtectedTextConverter() : ValueConverter<ProtectedText, string>(value => value.Stored, stored => new ProtectedText(stored));
