using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using DhrLibrary.Reports;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// A <see cref="ReportPart"/> kept in the report cache at <c>index/&lt;sha256&gt;.bin</c>, beside the text it was
/// made from. It is used only when all of these hold, and otherwise made again from the text (and rewritten):
/// <list type="bullet">
/// <item>its key is the build's (<see cref="ReportPartKey"/>: the file's format, the text's and the index's, and the
/// tokenizer's fingerprint: a changed stemmer makes other terms, so its old counts are never read);</item>
/// <item>it was made from the text file as it is now (that file's length and write time are in it);</item>
/// <item>it has the page count the build gives the report;</item>
/// <item>its checksum (XxHash3 of everything before it) holds and it reads to its end: a damaged file is rebuilt.</item>
/// </list>
/// Little-endian: magic, key, text length, text write time, pages, the terms (their lengths, then their UTF-8 one
/// after another), the postings (their number, then term by term a count and the pages as gaps, each (gap &lt;&lt; 4) |
/// count), the blocks (each a length and its bytes), checksum. Lengths and postings are 7-bit varints: ~12,000
/// postings of a 60-page report take ~15 KB, its ~3,700 terms ~35 KB, its text blocks ~170 KB.
/// </summary>
public static class ReportPartFile
{
    private static ReadOnlySpan<byte> Magic => "DHRPART\n"u8;

    public static string PathFor(string cacheDir, string sha256) => ReportCache.PartPath(cacheDir, sha256);

    /// <summary>The text file's length and write time, which a part records; null when there is no text file.</summary>
    public static (long Length, long Ticks)? TextStamp(string cacheDir, string sha256)
    {
        var info = new FileInfo(ReportText.PathFor(cacheDir, sha256));
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>
    /// The cached part's term counts, or null when it is missing, damaged, stale or of another key. Only when the whole
    /// file is good are its text blocks handed to <paramref name="block"/> (number, JSON array; the bytes are lent for
    /// the call only: the file is read into a pooled buffer, as 2,000 fresh 200 KB arrays would cost collections).
    /// </summary>
    public static ReportTermCounts? Load(string cacheDir, string sha256, int pages, string key, Action<int, ReadOnlySpan<byte>>? block = null)
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
            return RandomAccess.Read(handle, bytes, 0) == bytes.Length ? Read(bytes, pages, key, stamp, block) : null;
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

    /// <summary>
    /// Writes the part atomically (a temporary file of its own, then a move, so a build running beside another never
    /// reads half a file). A cache that cannot be written (read-only, full) is not an error: the part is made again next time.
    /// </summary>
    public static bool TrySave(string cacheDir, string sha256, ReportPart part, string key, (long Length, long Ticks) stamp)
    {
        string path = PathFor(cacheDir, sha256);
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temporary, Write(part, key, stamp));
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a stray temporary file is never read.
            }

            return false;
        }
    }

    public static byte[] Write(ReportPart part, string key, (long Length, long Ticks) stamp)
    {
        var counts = part.Counts;
        var buffer = new ArrayBufferWriter<byte>(4096 + counts.TermText.Length + (counts.PostingCount * 3) + part.Blocks.Sum(b => b.Length + 5));
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
        WriteVarint(buffer, counts.PostingCount);
        for (int t = 0; t < counts.TermCount; t++)
        {
            var postings = counts.Postings(t);
            WriteVarint(buffer, postings.Length);
            int previous = 0;
            foreach (int posting in postings)
            {
                // Pages as gaps from the one before: most terms' postings then take a byte each.
                WriteVarint(buffer, posting - (previous << 4));
                previous = posting >> 4;
            }
        }

        WriteVarint(buffer, part.Blocks.Length);
        foreach (var block in part.Blocks)
        {
            WriteVarint(buffer, block.Length);
            buffer.Write(block.Span);
        }

        ulong checksum = XxHash3.HashToUInt64(buffer.WrittenSpan);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(8), checksum);
        buffer.Advance(8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The term counts in <paramref name="bytes"/>, or null unless the file is whole and made under the same key, from
    /// the same text, for as many pages; then its blocks go to <paramref name="block"/>.
    /// </summary>
    public static ReportTermCounts? Read(ReadOnlySpan<byte> bytes, int pages, string key, (long Length, long Ticks) stamp, Action<int, ReadOnlySpan<byte>>? block = null)
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
            var postings = new int[reader.Count(1)];
            var termStarts = new int[termEnds.Length + 1];
            int next = 0;
            for (int t = 0; t < termEnds.Length; t++)
            {
                int count = reader.Varint();
                if (count > postings.Length - next)
                {
                    return null;
                }

                int page = 0;
                for (int i = 0; i < count; i++)
                {
                    int gap = reader.Varint();
                    page += gap >> 4;
                    // Pages within the report and ascending (a gap of 0 only before the first): else the shard's
                    // page gaps would be wrong.
                    if (page >= pages || (i > 0 && gap >> 4 == 0))
                    {
                        return null;
                    }

                    postings[next++] = (page << 4) | (gap & ReportPostings.MaxCount);
                }

                termStarts[t + 1] = next;
            }

            int blockCount = reader.Count(1);
            if (next != postings.Length || blockCount != (pages + ReportIndexWriter.TextBlock - 1) / ReportIndexWriter.TextBlock)
            {
                return null;
            }

            // Every block's place first, so that a file found bad half way hands out no block at all.
            var blocks = new (int Start, int Length)[blockCount];
            for (int b = 0; b < blockCount; b++)
            {
                int length = reader.Count(1);
                blocks[b] = (Magic.Length + reader.Position, length);
                reader.Bytes(length);
            }

            if (!reader.AtEnd)
            {
                return null;
            }

            for (int b = 0; b < blockCount && block is not null; b++)
            {
                block(b, bytes.Slice(blocks[b].Start, blocks[b].Length));
            }

            return new ReportTermCounts(pages, termText, termEnds, termStarts, postings);
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
