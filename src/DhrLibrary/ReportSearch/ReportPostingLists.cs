using System.Buffers;
using System.Text;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// The postings of every term of the reports, merged one report's <see cref="ReportTermCounts"/> after another, as
/// the shards write them (<see cref="ReportPostings"/>): each report's terms are looked up once (a report of 60 pages
/// has ~3,700 distinct terms and ~12,000 postings), then each term gets one number, its first page's gap from the last
/// page that held it in the reports before, and the report's own digits for the rest, copied as they are (gaps within
/// a report do not change with its place). Pages ascend as the reports come in order. 120,000 pages are ~24 million
/// postings in ~47 MB of digits.
/// <para>
/// A term's digits are a chain of segments in a few large chunks, each segment twice the last (up to 64 KB): a list
/// is never copied to grow. Growing a byte array a term made ~100 MB of arrays that lived a while and then died, and
/// the garbage collections that cost (a dozen full ones at 2,000 reports) were a third of the merge.
/// </para>
/// </summary>
public sealed class ReportPostingLists
{
    private const int ChunkSize = 1 << 20;
    private const int FirstSegment = 16;
    private const int LargestSegment = 1 << 16;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private char[] _chars = new char[256];

    // Per term: its first and last segment, its length and the last page that held it.
    private int[] _heads = new int[1024];
    private int[] _tails = new int[1024];
    private int[] _lengths = new int[1024];
    private int[] _lastPages = new int[1024];

    // Segments: where each starts (chunk, offset), how much it holds and can hold, and the next of its term's (-1: none).
    private Segment[] _segments = new Segment[4096];
    private int _segmentCount;
    private readonly List<byte[]> _chunks = [];
    private int _chunkUsed = ChunkSize;

    public ReportPostingLists() => _byChars = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    private struct Segment
    {
        public int Chunk;
        public int Offset;
        public int Length;
        public int Capacity;
        public int Next;
    }

    /// <summary>Adds <paramref name="part"/>'s postings, its first page being <paramref name="firstPage"/> across all reports.</summary>
    public void Add(ReportTermCounts part, int firstPage)
    {
        Span<byte> number = stackalloc byte[PostingDigits.MaxLength];
        for (int t = 0; t < part.TermCount; t++)
        {
            int id = Id(part.Utf8Term(t));
            int first = part.First(t);
            int page = firstPage + (first >> 4);
            int written = PostingDigits.Write(((uint)(page - _lastPages[id]) << 4) | (uint)(first & ReportPostings.MaxCount), number);
            Append(id, number[..written]);
            Append(id, part.Digits(t));
            _lastPages[id] = firstPage + part.LastPage(t);
        }
    }

    private void Append(int id, ReadOnlySpan<byte> bytes)
    {
        _lengths[id] += bytes.Length;
        while (bytes.Length > 0)
        {
            ref var tail = ref _segments[_tails[id]];
            int room = tail.Capacity - tail.Length;
            if (room == 0)
            {
                int next = NewSegment(Math.Min(tail.Capacity * 2, LargestSegment));
                // _segments may have moved: the tail is found again.
                _segments[_tails[id]].Next = next;
                _tails[id] = next;
                continue;
            }

            int n = Math.Min(room, bytes.Length);
            bytes[..n].CopyTo(_chunks[tail.Chunk].AsSpan(tail.Offset + tail.Length, n));
            tail.Length += n;
            bytes = bytes[n..];
        }
    }

    private int NewSegment(int capacity)
    {
        if (ChunkSize - _chunkUsed < capacity)
        {
            // A chunk lives until the index is written: on the pinned heap, garbage collections never move it.
            _chunks.Add(GC.AllocateUninitializedArray<byte>(ChunkSize, pinned: true));
            _chunkUsed = 0;
        }

        if (_segmentCount == _segments.Length)
        {
            Array.Resize(ref _segments, _segments.Length * 2);
        }

        _segments[_segmentCount] = new Segment { Chunk = _chunks.Count - 1, Offset = _chunkUsed, Capacity = capacity, Next = -1 };
        _chunkUsed += capacity;
        return _segmentCount++;
    }

    // Looked up by its characters: a string is made only for a term no report had before.
    private int Id(ReadOnlySpan<byte> utf8)
    {
        if (_chars.Length < utf8.Length)
        {
            _chars = new char[utf8.Length * 2];
        }

        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        if (_byChars.TryGetValue(chars, out int id))
        {
            return id;
        }

        id = _terms.Count;
        string term = chars.ToString();
        _ids[term] = id;
        _terms.Add(term);
        if (id == _heads.Length)
        {
            Array.Resize(ref _heads, id * 2);
            Array.Resize(ref _tails, id * 2);
            Array.Resize(ref _lengths, id * 2);
            Array.Resize(ref _lastPages, id * 2);
        }

        _heads[id] = _tails[id] = NewSegment(FirstSegment);
        return id;
    }

    /// <summary>The terms in ordinal order with their ids.</summary>
    public (string Term, int Id)[] SortedTerms()
    {
        var sorted = new (string Term, int Id)[_terms.Count];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = (_terms[i], i);
        }

        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Term, b.Term));
        return sorted;
    }

    /// <summary>Writes the term's postings as the shard has them (<see cref="ReportPostings"/>, ASCII); returns how many bytes.</summary>
    public int WriteEncoded(int id, IBufferWriter<byte> into)
    {
        for (int s = _heads[id]; s >= 0; s = _segments[s].Next)
        {
            var segment = _segments[s];
            into.Write(_chunks[segment.Chunk].AsSpan(segment.Offset, segment.Length));
        }

        return _lengths[id];
    }
}
