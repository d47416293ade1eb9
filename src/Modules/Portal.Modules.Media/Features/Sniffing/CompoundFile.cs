using System.Buffers.Binary;
using System.Text;
using Portal.Modules.Media.Contracts;

namespace Portal.Modules.Media.Features.Sniffing;

/// <summary>
/// The OLE2 compound file of DOC, XLS, PPT (and WPS Office's .wps/.et/.dps): which one it is is written in its directory,
/// as the name of its main stream. Reads only the header, the sector allocation table and the directory, with every
/// sector number checked against the file, so a damaged or crafted file is refused rather than followed in circles.
/// </summary>
internal static class CompoundFile
{
    public static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const string Damaged = "这个 Office 文件已损坏，无法识别，请重新保存后再上传。";
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderDifatEntries = 109;

    public static FileType Detect(ReadOnlySpan<byte> content)
    {
        var names = StreamNames(content);
        if (names.Contains("WordDocument"))
        {
            return FileType.Doc;
        }

        if (names.Contains("Workbook") || names.Contains("Book"))
        {
            return FileType.Xls;
        }

        if (names.Contains("PowerPoint Document"))
        {
            return FileType.Ppt;
        }

        throw new MediaRejectedException("这个 Office 文件不是 Word 文档、Excel 表格或 PowerPoint 演示文稿，不能上传。");
    }

    /// <summary>Names of the entries in the file's directory.</summary>
    public static HashSet<string> StreamNames(ReadOnlySpan<byte> content)
    {
        if (content.Length < 512)
        {
            throw new MediaRejectedException(Damaged);
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(content[0x1E..]);
        if (shift is not (9 or 12))
        {
            throw new MediaRejectedException(Damaged);
        }

        var sectorSize = 1 << shift;
        var sectorCount = (content.Length / sectorSize) - 1 + (content.Length % sectorSize == 0 ? 0 : 1);
        var fat = ReadFat(content, sectorSize, sectorCount);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(content[0x30..]);
        for (var steps = 0; sector != EndOfChain; steps++)
        {
            if (sector >= sectorCount || steps > sectorCount)
            {
                throw new MediaRejectedException(Damaged);
            }

            var data = Sector(content, sectorSize, sector);
            for (var entry = 0; entry + 128 <= data.Length; entry += 128)
            {
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(data[(entry + 64)..]);
                if (nameBytes is >= 2 and <= 64 && data[entry + 66] != 0)
                {
                    names.Add(Encoding.Unicode.GetString(data.Slice(entry, nameBytes - 2)));
                }
            }

            sector = sector < fat.Count ? fat[(int)sector] : EndOfChain;
        }

        return names;
    }

    /// <summary>The allocation table: its sectors are listed in the header (109 of them) and then in a chain of DIFAT sectors.</summary>
    private static List<uint> ReadFat(ReadOnlySpan<byte> content, int sectorSize, int sectorCount)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries; i++)
        {
            fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(content[(0x4C + (i * 4))..]));
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(content[0x44..]);
        for (var steps = 0; difat < sectorCount && steps <= sectorCount; steps++)
        {
            var data = Sector(content, sectorSize, difat);
            if (data.Length < sectorSize)
            {
                throw new MediaRejectedException(Damaged);
            }

            for (var i = 0; i < (sectorSize / 4) - 1; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(data[(i * 4)..]));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(data[(sectorSize - 4)..]);
        }

        var fat = new List<uint>();
        foreach (var fatSector in fatSectors.Where(s => s < sectorCount))
        {
            var data = Sector(content, sectorSize, fatSector);
            for (var i = 0; i + 4 <= data.Length; i += 4)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(data[i..]));
            }
        }

        return fat;
    }

    /// <summary>A sector's bytes; the last one of a file may be short (and is read as far as it goes).</summary>
    private static ReadOnlySpan<byte> Sector(ReadOnlySpan<byte> content, int sectorSize, uint sector)
    {
        var start = (long)(sector + 1) * sectorSize;
        return start >= content.Length ? throw new MediaRejectedException(Damaged) : content.Slice((int)start, (int)Math.Min(sectorSize, content.Length - start));
    }
}
