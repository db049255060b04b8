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
/// <item>its key is <see cref="ReportPartKey.Current"/> (the file's format, the text's and the index's, and the
/// tokenizer's fingerprint: a changed stemmer makes other terms, so its old counts are never read);</item>
/// <item>it was made from the text file as it is now (that file's length and write time are in it);</item>
/// <item>it has the page count the build gives the report;</item>
/// <item>its checksum (XxHash3 of everything before it) holds and it reads to its end: a damaged file is rebuilt.</item>
/// </list>
/// Little-endian: magic, key, text length, text write time, pages, terms (each UTF-8 with its length), postings per
/// page (a count, then the postings), blocks (each a length and its bytes), checksum. Lengths and postings are 7-bit
/// varints: a page of ~200 distinct terms is ~400 bytes.
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

    /// <summary>The cached part, or null when it is missing, damaged, stale or of another key.</summary>
    public static ReportPart? Load(string cacheDir, string sha256, int pages, string key)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(PathFor(cacheDir, sha256));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return TextStamp(cacheDir, sha256) is { } stamp ? Read(bytes, pages, key, stamp) : null;
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
        var buffer = new ArrayBufferWriter<byte>(4096 + (part.Postings.Length * 3) + part.Blocks.Sum(b => b.Length + 5));
        buffer.Write(Magic);
        WriteString(buffer, key);
        WriteLong(buffer, stamp.Length);
        WriteLong(buffer, stamp.Ticks);
        WriteVarint(buffer, part.Pages);
        WriteVarint(buffer, part.Terms.Length);
        foreach (string term in part.Terms)
        {
            WriteString(buffer, term);
        }

        for (int p = 0; p < part.Pages; p++)
        {
            WriteVarint(buffer, part.PageStarts[p + 1] - part.PageStarts[p]);
            for (int i = part.PageStarts[p]; i < part.PageStarts[p + 1]; i++)
            {
                WriteVarint(buffer, part.Postings[i]);
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

    /// <summary>The part in <paramref name="bytes"/>, or null unless it is whole and made under the same key, from the same text, for as many pages.</summary>
    public static ReportPart? Read(byte[] bytes, int pages, string key, (long Length, long Ticks) stamp)
    {
        if (bytes.Length < Magic.Length + 8 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || XxHash3.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)) != BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8)))
        {
            return null;
        }

        var reader = new Reader(bytes, Magic.Length, bytes.Length - 8);
        try
        {
            if (reader.String() != key || reader.Long() != stamp.Length || reader.Long() != stamp.Ticks || reader.Varint() != pages)
            {
                return null;
            }

            var terms = new string[reader.Count(1)];
            for (int t = 0; t < terms.Length; t++)
            {
                terms[t] = reader.String();
            }

            var pageStarts = new int[pages + 1];
            var postings = new List<int>(pages * 256);
            for (int p = 0; p < pages; p++)
            {
                int count = reader.Count(1);
                for (int i = 0; i < count; i++)
                {
                    int posting = reader.Varint();
                    if ((posting >> 4) >= terms.Length)
                    {
                        return null;
                    }

                    postings.Add(posting);
                }

                pageStarts[p + 1] = postings.Count;
            }

            var blocks = new ReadOnlyMemory<byte>[reader.Count(1)];
            if (blocks.Length != (pages + ReportIndexWriter.TextBlock - 1) / ReportIndexWriter.TextBlock)
            {
                return null;
            }

            for (int b = 0; b < blocks.Length; b++)
            {
                blocks[b] = reader.Bytes(reader.Count(1));
            }

            return reader.AtEnd ? new ReportPart(terms, pageStarts, [.. postings], blocks) : null;
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

    private static void WriteString(ArrayBufferWriter<byte> buffer, string text)
    {
        int length = Encoding.UTF8.GetByteCount(text);
        WriteVarint(buffer, length);
        Encoding.UTF8.GetBytes(text, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    /// <summary>Reads within [position, end); anything out of bounds or malformed is <see cref="InvalidDataException"/>.</summary>
    private sealed class Reader(byte[] bytes, int position, int end)
    {
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public bool AtEnd => position == end;

        public int Varint()
        {
            uint value = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                if (position >= end)
                {
                    throw new InvalidDataException("past the end");
                }

                byte b = bytes[position++];
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
            return count <= (end - position) / size ? count : throw new InvalidDataException("count past the end");
        }

        public long Long()
        {
            if (end - position < 8)
            {
                throw new InvalidDataException("past the end");
            }

            long value = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(position, 8));
            position += 8;
            return value;
        }

        public ReadOnlyMemory<byte> Bytes(int length)
        {
            var slice = new ReadOnlyMemory<byte>(bytes, position, length);
            position += length;
            return slice;
        }

        public string String()
        {
            int length = Count(1);
            try
            {
                return StrictUtf8.GetString(Bytes(length).Span);
            }
            catch (DecoderFallbackException)
            {
                throw new InvalidDataException("not UTF-8");
            }
        }
    }
}
