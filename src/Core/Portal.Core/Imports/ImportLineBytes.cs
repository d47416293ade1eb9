using System.Text;
using System.Text.Unicode;

namespace Portal.Core.Imports;

/// <summary>One line's bytes to text, strictly: a byte that is not UTF-8 is found and placed, never replaced by U+FFFD.</summary>
public static class ImportLineBytes
{
    /// <returns>False with the 1-based column of the first byte that is not UTF-8.</returns>
    public static bool TryDecode(int number, MemoryStream line, bool decode, out ImportLine result, out int badColumn)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        var skipped = 0;
        if (number == 1)
        {
            if (bytes.StartsWith("\uFEFF"u8))
            {
                skipped = 3;
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                throw new ImportFileException("文件是 UTF-16 编码。整个文件未导入，请把文件另存为 UTF-8 编码后再试。");
            }
        }

        bytes = bytes[skipped..];
        if (bytes.EndsWith("\r"u8))
        {
            bytes = bytes[..^1];
        }

        result = new ImportLine(number, null);
        badColumn = 0;
        if (!Utf8.IsValid(bytes))
        {
            var chars = new char[bytes.Length];
            Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
            badColumn = skipped + valid + 1;
            return false;
        }

        if (decode)
        {
            result = new ImportLine(number, Encoding.UTF8.GetString(bytes));
        }

        return true;
    }
}
