using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using DhrLibrary.Reports;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// A <see cref="ReportPart"/> kept in the report cache: its term counts at <c>index/&lt;sha256&gt;.bin</c>, beside the
/// text it was made from, and its text blocks beside that, each as the script the site serves
/// (<c>index/&lt;sha256&gt;.&lt;block&gt;.js</c>), which the build hard-links into its output. It is used only when all
/// of these hold, and otherwise made again from the text (and rewritten):
/// <list type="bullet">
/// <item>its key is the build's (<see cref="ReportPartKey"/>: the file's format, the text's and the index's, and the
/// tokenizer's fingerprint: a changed stemmer makes other terms, so its old counts are never read);</item>
/// <item>it was made from the text file as it is now (that file's length and write time are in it);</item>
/// <item>it has the page count the build gives the report;</item>
/// <item>its checksum (XxHash3 of everything before it) holds and it reads to its end: a damaged file is rebuilt;</item>
/// <item>each block file has the length and write time recorded when it was saved: a block changed since (say, edited
/// through its link in an output folder, which changes its write time) or missing makes the part again.</item>
/// </list>
/// Little-endian: magic, key, text length, text write time, pages, the terms (their lengths, then their UTF-8 one
/// after another), term by term its first posting ((page &lt;&lt; 4) | count), last page and the length of its other
/// postings' digits, then all those digits (<see cref="ReportTermCounts.Digits"/>, as the shards write them), the
/// text's id, the blocks (each its file's length and write time), checksum. Numbers are 7-bit varints: a 60-page
/// report's ~3,700 terms take ~35 KB and its ~12,000 postings ~25 KB; its six text blocks (~170 KB) are files of their own.
/// </summary>
public static class ReportPartFile
{
    private static ReadOnlySpan<byte> Magic => "DHRPART\n"u8;

    private static readonly SearchValues<byte> DigitBytes = SearchValues.Create(Encoding.ASCII.GetBytes(PostingDigits.Digits));

    public static string PathFor(string cacheDir, string sha256) => ReportCache.PartPath(cacheDir, sha256);

    /// <summary>The text file's length and write time, which a part records; null when there is no text file.</summary>
    public static (long Length, long Ticks)? TextStamp(string cacheDir, string sha256)
    {
        var info = new FileInfo(ReportText.PathFor(cacheDir, sha256));
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>What a good part in the cache gives a build: the term counts, and the text's id and block count (the block files are <see cref="ReportCache.BlockPath"/>).</summary>
    public sealed record Kept(ReportTermCounts Counts, string TextId, int Blocks);

    /// <summary>
    /// The cached part, or null when it is missing, damaged, stale or of another key, or a block file is missing or
    /// changed. The file is read into a pooled buffer (2,000 fresh 50 KB arrays would cost collections).
    /// </summary>
    public static Kept? Load(string cacheDir, string sha256, int pages, string key)
    {
        byte[]? buffer = null;
        try
        {
            using var handle = File.OpenHandle(PathFor(cacheDir, sha256));
            long length = RandomAccess.GetLength(handle);
            if (length > int.MaxValue / 2 || TextStamp(cacheDir, sha256) is not { } stamp)
            {
                return null;
            }

            buffer = ArrayPool<byte>.Shared.Rent((int)length);
            var bytes = buffer.AsSpan(0, (int)length);
            if (RandomAccess.Read(handle, bytes, 0) != bytes.Length || Read(bytes, pages, key, stamp) is not { } read)
            {
                return null;
            }

            for (int b = 0; b < read.BlockStamps.Length; b++)
            {
                if (BlockStamp(ReportCache.BlockPath(cacheDir, sha256, b)) != read.BlockStamps[b])
                {
                    return null;
                }
            }

            return new Kept(read.Counts, read.TextId, read.BlockStamps.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static (long Length, long Ticks)? BlockStamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>
    /// Writes the part: first its text blocks (each atomically, a temporary file of its own then a move; a block file
    /// already holding the same bytes is kept, so two reports with the same text never rewrite each other's), then
    /// the counts file with the blocks' stamps, atomically too, so a build running beside another never reads half a
    /// file. A cache that cannot be written (read-only, full) is not an error: the part is made again next time.
    /// </summary>
    public static bool TrySave(string cacheDir, string sha256, ReportPart part, string key, (long Length, long Ticks) stamp)
    {
        string path = PathFor(cacheDir, sha256);
        string? temporary = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var blockStamps = new (long Length, long Ticks)[part.Blocks.Length];
            for (int b = 0; b < part.Blocks.Length; b++)
            {
                string blockPath = ReportCache.BlockPath(cacheDir, sha256, b);
                if (!SameBytes(blockPath, part.Blocks[b]))
                {
                    temporary = $"{blockPath}.{Guid.NewGuid():N}.tmp";
                    File.WriteAllBytes(temporary, part.Blocks[b]);
                    File.Move(temporary, blockPath, overwrite: true);
                    temporary = null;
                }

                blockStamps[b] = BlockStamp(blockPath) ?? throw new IOException($"'{blockPath}' went missing");
            }

            // Blocks of an earlier text with more pages.
            for (int b = part.Blocks.Length; File.Exists(ReportCache.BlockPath(cacheDir, sha256, b)); b++)
            {
                File.Delete(ReportCache.BlockPath(cacheDir, sha256, b));
            }

            temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, Write(part, key, stamp, blockStamps));
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                if (temporary is not null)
                {
                    File.Delete(temporary);
                }
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a stray temporary file is never read.
            }

            return false;
        }
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    public static byte[] Write(ReportPart part, string key, (long Length, long Ticks) stamp, (long Length, long Ticks)[] blockStamps)
    {
        var counts = part.Counts;
        var buffer = new ArrayBufferWriter<byte>(4096 + counts.TermText.Length + (counts.TermCount * 8) + counts.AllDigits.Length + (blockStamps.Length * 16));
        buffer.Write(Magic);
        WriteVarint(buffer, Encoding.UTF8.GetByteCount(key));
        buffer.Write(Encoding.UTF8.GetBytes(key));
        WriteLong(buffer, stamp.Length);
        WriteLong(buffer, stamp.Ticks);
        WriteVarint(buffer, counts.Pages);
        WriteVarint(buffer, counts.TermCount);
        for (int t = 0; t < counts.TermCount; t++)
        {
            WriteVarint(buffer, counts.TermLength(t));
        }

        buffer.Write(counts.TermText);
        for (int t = 0; t < counts.TermCount; t++)
        {
            WriteVarint(buffer, counts.First(t));
            WriteVarint(buffer, counts.LastPage(t));
            WriteVarint(buffer, counts.DigitLength(t));
        }

        WriteVarint(buffer, counts.AllDigits.Length);
        buffer.Write(counts.AllDigits);
        WriteVarint(buffer, part.TextId.Length);
        buffer.Write(Encoding.UTF8.GetBytes(part.TextId));
        WriteVarint(buffer, blockStamps.Length);
        foreach (var (length, ticks) in blockStamps)
        {
            WriteLong(buffer, length);
            WriteLong(buffer, ticks);
        }

        ulong checksum = XxHash3.HashToUInt64(buffer.WrittenSpan);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(8), checksum);
        buffer.Advance(8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>What a counts file holds beside the counts: the text's id and each block file's length and write time when saved.</summary>
    public sealed record Contents(ReportTermCounts Counts, string TextId, (long Length, long Ticks)[] BlockStamps);

    /// <summary>
    /// What <paramref name="bytes"/> holds, or null unless the file is whole and made under the same key, from the same
    /// text, for as many pages.
    /// </summary>
    public static Contents? Read(ReadOnlySpan<byte> bytes, int pages, string key, (long Length, long Ticks) stamp)
    {
        if (bytes.Length < Magic.Length + 8 || !bytes[..Magic.Length].SequenceEqual(Magic)
            || XxHash3.HashToUInt64(bytes[..^8]) != BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]))
        {
            return null;
        }

        var reader = new Reader(bytes[Magic.Length..^8]);
        try
        {
            if (!reader.Bytes(reader.Count(1)).SequenceEqual(Encoding.UTF8.GetBytes(key)) || reader.Long() != stamp.Length
                || reader.Long() != stamp.Ticks || reader.Varint() != pages)
            {
                return null;
            }

            var termEnds = new int[reader.Count(1)];
            int end = 0;
            for (int t = 0; t < termEnds.Length; t++)
            {
                int length = reader.Count(1);
                if (length > bytes.Length - end)
                {
                    return null;
                }

                termEnds[t] = end += length;
            }

            byte[] termText = reader.Bytes(end).ToArray();
            var firsts = new int[termEnds.Length];
            var lastPages = new int[termEnds.Length];
            var digitEnds = new int[termEnds.Length];
            int digitsEnd = 0;
            for (int t = 0; t < termEnds.Length; t++)
            {
                int first = reader.Varint();
                int last = reader.Varint();
                int length = reader.Count(1);
                // Within the report, a count of at least one, and digits exactly when the term is on a later page too:
                // else the merged pages would be wrong.
                if (first >> 4 >= pages || (first & ReportPostings.MaxCount) == 0 || last >= pages || last < first >> 4
                    || (length == 0) != (last == first >> 4))
                {
                    return null;
                }

                firsts[t] = first;
                lastPages[t] = last;
                digitEnds[t] = digitsEnd += length;
            }

            // Only posting digits: the shards put them in a JSON string as they are.
            var digits = reader.Bytes(reader.Count(1));
            if (digits.Length != digitsEnd || digits.IndexOfAnyExcept(DigitBytes) >= 0)
            {
                return null;
            }

            byte[] digitBytes = digits.ToArray();
            string textId = Encoding.UTF8.GetString(reader.Bytes(reader.Count(1)));
            int blockCount = reader.Count(16);
            if (blockCount != (pages + ReportIndexWriter.TextBlock - 1) / ReportIndexWriter.TextBlock
                || textId.Length == 0 || !textId.All(char.IsAsciiHexDigitLower))
            {
                return null;
            }

            var blockStamps = new (long Length, long Ticks)[blockCount];
            for (int b = 0; b < blockCount; b++)
            {
                blockStamps[b] = (reader.Long(), reader.Long());
            }

            return reader.AtEnd ? new Contents(new ReportTermCounts(pages, termText, termEnds, firsts, lastPages, digitBytes, digitEnds), textId, blockStamps) : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static void WriteLong(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    private static void WriteVarint(ArrayBufferWriter<byte> buffer, int value)
    {
        var span = buffer.GetSpan(5);
        int n = 0;
        uint v = (uint)value;
        while (v >= 0x80)
        {
            span[n++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[n++] = (byte)v;
        buffer.Advance(n);
    }

    /// <summary>Reads a span; anything out of bounds or malformed is <see cref="InvalidDataException"/>.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;

        public int Position { get; private set; }

        public readonly bool AtEnd => Position == _bytes.Length;

        public int Varint()
        {
            uint value = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                if (Position >= _bytes.Length)
                {
                    throw new InvalidDataException("past the end");
                }

                byte b = _bytes[Position++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value <= int.MaxValue ? (int)value : throw new InvalidDataException("too large");
                }
            }

            throw new InvalidDataException("varint too long");
        }

        /// <summary>A count of items of at least <paramref name="size"/> bytes each: never more than the bytes left could hold.</summary>
        public int Count(int size)
        {
            int count = Varint();
            return count <= (_bytes.Length - Position) / size ? count : throw new InvalidDataException("count past the end");
        }

        public long Long()
        {
            if (_bytes.Length - Position < 8)
            {
                throw new InvalidDataException("past the end");
            }

            long value = BinaryPrimitives.ReadInt64LittleEndian(_bytes.Slice(Position, 8));
            Position += 8;
            return value;
        }

        public ReadOnlySpan<byte> Bytes(int length)
        {
            if (length < 0 || length > _bytes.Length - Position)
            {
                throw new InvalidDataException("past the end");
            }

            var slice = _bytes.Slice(Position, length);
            Position += length;
            return slice;
        }
    }
}
