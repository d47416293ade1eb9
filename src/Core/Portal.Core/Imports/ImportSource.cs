using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Portal.Core.Imports;

/// <summary>
/// The import file read strictly, line by line, as often as needed: the importer reads it once whole to prove it is
/// readable (ADR 0027) and once more to import it. Gzip is recognised by its magic bytes. Reading fails with an
/// <see cref="ImportFileException"/> naming where it broke on damaged compression, on a gzip cut short (.NET's
/// GZipStream ends quietly there, so the length in the gzip trailer is compared), and on bytes that are not UTF-8
/// (a replacement character would be stored silently otherwise).
/// </summary>
public sealed class ImportSource : IAsyncDisposable
{
    /// <summary>A longer line is not a JSON Lines record (a whole file without line breaks, a binary file).</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly bool _owned;
    private readonly long _start;
    private readonly uint? _gzipLength;
    private readonly bool _onlyHeader;

    private ImportSource(Stream stream, bool owned, long start, uint? gzipLength, bool onlyHeader)
    {
        (_stream, _owned, _start, _gzipLength, _onlyHeader) = (stream, owned, start, gzipLength, onlyHeader);
    }

    /// <summary>An upload that cannot seek is copied to a temporary file first, so it can be read twice.</summary>
    public static async Task<ImportSource> OpenAsync(Stream input, CancellationToken cancellationToken)
    {
        var (stream, owned) = (input, false);
        if (!input.CanSeek)
        {
            stream = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            owned = true;
            await input.CopyToAsync(stream, cancellationToken);
            stream.Position = 0;
        }

        var start = stream.Position;
        var head = new byte[2];
        var isGzip = await stream.ReadAtLeastAsync(head, 2, throwOnEndOfStream: false, cancellationToken) == 2 && head[0] == 0x1f && head[1] == 0x8b;
        uint? length = null;
        const int SmallestGzip = 18;
        var onlyHeader = isGzip && stream.Length - start < SmallestGzip;
        if (isGzip && !onlyHeader)
        {
            // The last four bytes of a gzip member are the uncompressed length modulo 2^32.
            var trailer = new byte[4];
            stream.Position = stream.Length - 4;
            await stream.ReadExactlyAsync(trailer, cancellationToken);
            length = BitConverter.ToUInt32(trailer);
        }

        stream.Position = start;
        return new ImportSource(stream, owned, start, length, onlyHeader);
    }

    /// <summary>Reads every line without decoding it: throws <see cref="ImportFileException"/> if the file is not readable whole.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in LinesAsync(decode: false, cancellationToken))
        {
        }
    }

    public async IAsyncEnumerable<ImportLine> LinesAsync(bool decode, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_onlyHeader)
        {
            throw new ImportFileException("压缩文件不完整：只有文件头，没有数据。整个文件未导入。");
        }

        _stream.Position = _start;
        var compressed = _gzipLength is not null;
        await using var content = compressed ? new GZipStream(_stream, CompressionMode.Decompress, leaveOpen: true) : null;
        var input = (Stream?)content ?? _stream;
        var buffer = new byte[81920];
        using var line = new MemoryStream();
        long offset = 0; // bytes of content before buffer[0]
        long lineStart = 0;
        var number = 1;
        (int Line, int Column, long Offset)? notUtf8 = null; // in a gzip, often damage that zlib only sees later
        while (true)
        {
            int read;
            try
            {
                read = await input.ReadAsync(buffer, cancellationToken);
            }
            catch (InvalidDataException)
            {
                throw new ImportFileException(notUtf8 is { } bad ? Damaged(bad.Line, bad.Offset) : Damaged(number, offset + 1));
            }

            if (read == 0)
            {
                break;
            }

            for (var from = 0; from < read && notUtf8 is null;)
            {
                var end = Array.IndexOf(buffer, (byte)'\n', from, read - from);
                var take = (end < 0 ? read : end) - from;
                if (line.Length + take > MaxLineBytes)
                {
                    throw new ImportFileException($"第 {number} 行超过 {MaxLineBytes / 1024 / 1024} MB，不像 JSON Lines 文件（每行一份文件）。整个文件未导入。");
                }

                line.Write(buffer, from, take);
                if (end < 0)
                {
                    break;
                }

                if (!ImportLineBytes.TryDecode(number, line, decode, out var next, out var column))
                {
                    notUtf8 = (number, column, lineStart + column);
                    break;
                }

                yield return next;
                from = end + 1;
                lineStart = offset + from;
                number++;
                line.SetLength(0);
            }

            offset += read;
            if (notUtf8 is { } found && !compressed)
            {
                throw new ImportFileException(NotUtf8(found, compressed));
            }
        }

        if (_gzipLength is { } expected && expected != (uint)offset)
        {
            throw new ImportFileException(notUtf8 is { } bad
                ? Damaged(bad.Line, bad.Offset)
                : $"压缩文件不完整：数据在第 {number} 行（解压后第 {offset} 字节）处中断，文件可能没有下载或复制完。整个文件未导入。");
        }

        if (notUtf8 is null && line.Length > 0)
        {
            if (ImportLineBytes.TryDecode(number, line, decode, out var last, out var lastColumn))
            {
                yield return last;
            }
            else
            {
                notUtf8 = (number, lastColumn, lineStart + lastColumn);
            }
        }

        if (notUtf8 is { } notText)
        {
            throw new ImportFileException(NotUtf8(notText, compressed));
        }
    }

    private static string Damaged(int line, long offset) =>
        $"压缩文件已损坏：解压到第 {line} 行（解压后第 {offset} 字节）处数据无法还原。整个文件未导入，请重新导出或复制该文件后再试。";

    private static string NotUtf8((int Line, int Column, long Offset) at, bool compressed) =>
        $"第 {at.Line} 行第 {at.Column} 个字节（{(compressed ? "解压后" : "文件")}第 {at.Offset} 字节）不是有效的 UTF-8 编码。整个文件未导入，请把文件另存为 UTF-8 编码后再试。";

    public async ValueTask DisposeAsync()
    {
        if (_owned)
        {
            await _stream.DisposeAsync();
        }
    }
}
