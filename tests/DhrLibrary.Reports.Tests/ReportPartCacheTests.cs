using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using DhrLibrary.Output;
using DhrLibrary.ReportSearch;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.Reports.Tests;

/// <summary>
/// The report index's part of each report kept in the cache (<c>index/&lt;sha256&gt;.bin</c> and its text blocks,
/// <c>index/&lt;sha256&gt;.&lt;block&gt;.js</c>): a build that finds it does not read the text again and writes the same
/// index, and a part that is missing, damaged, stale, made by another tokenizer or whose block files changed is made
/// again from the text, never used. The texts are synthetic.
/// </summary>
public sealed partial class ReportPartCacheTests : IDisposable
{
    private const string ShaA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string ShaB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private static readonly string[] TextA =
    [
        "The panel read the chronology of the marmalade jar. Safeguarding referrals were made.",
        "",
        "Risk assessment by the police; the \"quoted\" word x\"y, a back\\slash and a naïve one.",
        "Multi-agency meeting: the marmalade came up again, and again, and again.",
        .. Enumerable.Range(0, 9).Select(i => $"Page {i + 5} says policy number {i} and safeguarding."),
    ];

    private static readonly string[] TextB = ["Housing and probation met.", "The marmalade was on page two of the second report."];

    private readonly string _cache = Path.Combine(Path.GetTempPath(), "dhr-report-parts-" + Guid.NewGuid().ToString("N"));
    private int _textReads;

    public ReportPartCacheTests()
    {
        new ReportText(TextA).Save(_cache, ShaA);
        new ReportText(TextB).Save(_cache, ShaB);
    }

    private ReportDocument[] Documents(bool cached) =>
    [
        Document(0, ShaA, TextA.Length, cached),
        Document(2, ShaB, 3, cached), // a page more than its text: that page is empty
    ];

    private ReportDocument Document(int review, string sha, int pages, bool cached) =>
        new(review, $"https://example.org/{review}.pdf", pages, () =>
        {
            Interlocked.Increment(ref _textReads);
            return ReportText.Load(_cache, sha);
        })
        { Cached = cached ? new ReportCacheKey(_cache, sha) : null };

    private readonly List<OutputFile> _written = [];

    private SortedDictionary<string, byte[]> Index(IReadOnlyList<ReportDocument> documents, string? key = null)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        _written.Clear();
        ReportIndexWriter.Write(documents, file =>
        {
            lock (files)
            {
                // Add, not set: a file handed twice (say, a text block of two reports with the same text) fails here.
                files.Add(file.Path, file.ReadAllBytes());
                _written.Add(file);
            }
        }, key);
        return files;
    }

    /// <summary>The path of block <paramref name="block"/> of the report listed <paramref name="report"/>th in meta.js.</summary>
    private static string BlockPath(SortedDictionary<string, byte[]> index, int report, int block)
    {
        string meta = Text(index["assets/search/reports/meta.js"]);
        using var json = JsonDocument.Parse(meta["window.DHR_REPORTS=".Length..].TrimEnd().TrimEnd(';'));
        string id = json.RootElement.GetProperty("reports")[report][3].GetString()!;
        return $"assets/search/reports/t/{id}-{block}.js";
    }

    private void AssertSameIndex(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
        }
    }

    private string PartPath(string sha) => ReportPartFile.PathFor(_cache, sha);

    [Fact]
    public void A_build_keeps_each_part_and_the_next_build_writes_the_same_index_without_reading_the_text()
    {
        var reference = Index(Documents(cached: false));
        _textReads = 0;

        var first = Index(Documents(cached: true));
        Assert.Equal(2, _textReads);
        Assert.True(File.Exists(PartPath(ShaA)));
        Assert.True(File.Exists(PartPath(ShaB)));

        _textReads = 0;
        var second = Index(Documents(cached: true));
        Assert.Equal(0, _textReads);
        AssertSameIndex(reference, first);
        AssertSameIndex(reference, second);
    }

    [Fact]
    public void The_index_finds_a_word_on_its_page_and_holds_the_page_texts()
    {
        Index(Documents(cached: true));
        var index = Index(Documents(cached: true));

        // Report A's 13 pages come first (0-12); report B's page 2 is page 14 across both.
        var marmalade = ReportPostings.Decode(Line(index, "marmalad")!);
        Assert.Equal([(0, 1), (3, 1), (14, 1)], marmalade);
        Assert.Contains("marmalade jar", Text(index[BlockPath(index, 0, 0)]));
        string second = BlockPath(index, 1, 0);
        string name = Path.GetFileNameWithoutExtension(second);
        Assert.Matches("^[0-9a-f]{16}-0$", name);
        Assert.Equal(["Housing and probation met.", "The marmalade was on page two of the second report.", ""],
            JsonSerializer.Deserialize<string[]>(Regex.Match(Text(index[second]), $@"^DHR_REPORT_TEXT\(""{name}"",(.*)\);\n$", RegexOptions.Singleline).Groups[1].Value)!);
    }

    [Fact]
    public void Shards_escape_their_terms_as_the_json_serializer_does()
    {
        var index = Index(Documents(cached: true));
        foreach (var (path, bytes) in index.Where(f => f.Key.Contains("/s/", StringComparison.Ordinal)))
        {
            string text = Text(bytes);
            var match = Regex.Match(text, @"^DHR_REPORT_SHARD\((\d+),(.*)\);\n$", RegexOptions.Singleline);
            Assert.True(match.Success, path);
            string body = JsonSerializer.Deserialize<string>(match.Groups[2].Value)!;
            var relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            Assert.Equal($"DHR_REPORT_SHARD({match.Groups[1].Value},{JsonSerializer.Serialize(body, relaxed)});\n", text);
        }

        // Terms with a quote, a backslash and a letter past ASCII are in the shards (so the escaping above was tried).
        foreach (var (word, special) in new[] { ("x\"y", '"'), ("back\\slash", '\\'), ("naïve", 'ï') })
        {
            string term = Assert.Single(new TermStems().Sequence(word));
            Assert.Contains(special, term);
            Assert.NotNull(Line(index, term));
        }
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("one byte changed")]
    [InlineData("empty")]
    [InlineData("not a part")]
    public void A_damaged_part_is_made_again_from_the_text(string damage)
    {
        var reference = Index(Documents(cached: false));
        Index(Documents(cached: true));
        byte[] good = File.ReadAllBytes(PartPath(ShaA));
        byte[] bad = damage switch
        {
            "truncated" => good[..(good.Length / 2)],
            "one byte changed" => Flip(good, good.Length / 3),
            "empty" => [],
            _ => "DHR_REPORT_TEXT(\"0-0\",[]);\n"u8.ToArray(),
        };
        File.WriteAllBytes(PartPath(ShaA), bad);
        _textReads = 0;

        AssertSameIndex(reference, Index(Documents(cached: true)));
        Assert.Equal(1, _textReads);
        Assert.Equal(good, File.ReadAllBytes(PartPath(ShaA)));
    }

    [Fact]
    public void A_part_whose_posting_digits_would_break_a_shard_is_made_again_even_with_a_good_checksum()
    {
        var reference = Index(Documents(cached: false));
        Index(Documents(cached: true));
        byte[] good = File.ReadAllBytes(PartPath(ShaA));
        // The digits end just before the text's id (a length byte of 16, then 16 hex digits): make the last a quote,
        // which would close the shard's JSON string, and give the file a checksum that holds.
        string textId = ReportPartFile.Load(_cache, ShaA, TextA.Length, ReportPartKey.Current)!.TextId;
        int at = good.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(textId)) - 2;
        Assert.True(at > 0 && System.Text.Encoding.ASCII.GetString(good, at, 1).IndexOfAny(SearchIndex.PostingDigits.Digits.ToCharArray()) == 0);
        byte[] bad = [.. good];
        bad[at] = (byte)'"';
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bad.AsSpan(bad.Length - 8), System.IO.Hashing.XxHash3.HashToUInt64(bad.AsSpan(0, bad.Length - 8)));
        File.WriteAllBytes(PartPath(ShaA), bad);
        _textReads = 0;

        AssertSameIndex(reference, Index(Documents(cached: true)));
        Assert.Equal(1, _textReads);
    }

    [Fact]
    public void A_missing_part_is_made_again_and_kept()
    {
        var reference = Index(Documents(cached: false));
        Index(Documents(cached: true));
        File.Delete(PartPath(ShaB));
        _textReads = 0;

        AssertSameIndex(reference, Index(Documents(cached: true)));
        Assert.Equal(1, _textReads);
        Assert.True(File.Exists(PartPath(ShaB)));
    }

    [Fact]
    public void A_part_made_by_another_tokenizer_is_not_used()
    {
        var reference = Index(Documents(cached: false));
        // As an older tokenizer might have left them: words lower-cased but never stemmed, under that tokenizer's key.
        string oldKey = ReportPartKey.For(Unstemmed);
        Assert.NotEqual(ReportPartKey.Current, oldKey);
        foreach (var document in Documents(cached: true))
        {
            SaveUnstemmed(document, oldKey);
        }

        // The old tokenizer's build would read them (so they are good parts), the current one must not.
        _textReads = 0;
        Assert.NotNull(Line(Index(Documents(cached: true), oldKey), "marmalade"));
        Assert.Equal(0, _textReads);

        var current = Index(Documents(cached: true));
        AssertSameIndex(reference, current);
        Assert.Equal(2, _textReads);
        Assert.Null(Line(current, "marmalade"));
        Assert.NotNull(ReportPartFile.Load(_cache, ShaA, TextA.Length, ReportPartKey.Current));
    }

    private static void Unstemmed(string text, Dictionary<string, int> counts)
    {
        counts.Clear();
        foreach (string word in text.ToLowerInvariant().Split(new[] { ' ', '.', ',', ';', ':' }, StringSplitOptions.RemoveEmptyEntries))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
    }

    private void SaveUnstemmed(ReportDocument document, string key)
    {
        var text = ReportText.Load(_cache, document.Cached!.Sha256)!;
        var terms = new List<string>();
        var starts = new List<int> { 0 };
        var postings = new List<int>();
        var counts = new Dictionary<string, int>();
        for (int p = 0; p < document.Pages; p++)
        {
            Unstemmed(p < text.Pages.Count ? text.Pages[p] : "", counts);
            foreach (var (term, count) in counts)
            {
                if (!terms.Contains(term))
                {
                    terms.Add(term);
                }

                postings.Add((terms.IndexOf(term) << 4) | Math.Min(count, 15));
            }

            starts.Add(postings.Count);
        }

        var made = ReportPart.Make(text, document.Pages, new TermStems(), new Dictionary<string, int>());
        var stamp = ReportPartFile.TextStamp(_cache, document.Cached.Sha256)!.Value;
        Assert.True(ReportPartFile.TrySave(_cache, document.Cached.Sha256, new ReportPart(ReportTermCounts.FromPages(terms, [.. starts], postings), made.TextId, made.Blocks), key, stamp));
    }

    [Fact]
    public void The_key_follows_what_the_tokenizer_makes_of_the_probe()
    {
        Assert.Equal(ReportPartKey.Current, ReportPartKey.For(new TermStems().Count));
        // The same terms but one more stop word left out: another key.
        void OneMoreStopWord(string text, Dictionary<string, int> counts)
        {
            new TermStems().Count(text, counts);
            counts.Remove("safeguard");
        }

        Assert.NotEqual(ReportPartKey.Current, ReportPartKey.For(OneMoreStopWord));
        Assert.StartsWith(ReportPartKey.Format + ";" + ReportText.Format + ";" + ReportIndexWriter.Format, ReportPartKey.Current);
    }

    [Fact]
    public void A_part_of_an_earlier_text_is_not_used()
    {
        Index(Documents(cached: true));
        // The text replaced behind the cache's back (copied in from elsewhere): the part's stamp no longer matches.
        // Same length (a word of as many letters), so only the write time tells.
        string[] replaced = [.. TextA.Select(p => p.Replace("marmalade", "porridges", StringComparison.Ordinal))];
        string textPath = ReportText.PathFor(_cache, ShaA);
        var before = new FileInfo(textPath);
        new ReportText(replaced).Save(_cache, ShaB + "0");
        File.Copy(ReportText.PathFor(_cache, ShaB + "0"), textPath, overwrite: true);
        File.SetLastWriteTimeUtc(textPath, before.LastWriteTimeUtc.AddSeconds(5));
        Assert.Equal(before.Length, new FileInfo(textPath).Length);
        Assert.True(File.Exists(PartPath(ShaA)));
        _textReads = 0;

        var index = Index(Documents(cached: true));
        Assert.Equal(1, _textReads);
        Assert.Equal([(14, 1)], ReportPostings.Decode(Line(index, "marmalad")!));
        Assert.NotNull(Line(index, "porridg"));
    }

    [Fact]
    public void A_part_for_another_page_count_is_not_used()
    {
        Index(Documents(cached: true));
        _textReads = 0;
        ReportDocument[] more = [Document(0, ShaA, TextA.Length + 1, cached: true)];

        var index = Index(more);
        Assert.Equal(1, _textReads);
        Assert.Equal(TextA.Length + 1, ReportPartFile.Load(_cache, ShaA, TextA.Length + 1, ReportPartKey.Current)!.Counts.Pages);
        Assert.Null(ReportPartFile.Load(_cache, ShaA, TextA.Length, ReportPartKey.Current));
        Assert.Contains("\"pages\":14", Text(index["assets/search/reports/meta.js"]));
    }

    [Fact]
    public void Saving_the_text_again_drops_the_part_made_from_the_old_one()
    {
        Index(Documents(cached: true));
        Assert.True(File.Exists(PartPath(ShaA)));

        new ReportText(TextA).Save(_cache, ShaA);
        Assert.False(File.Exists(PartPath(ShaA)));
    }

    [Fact]
    public void A_cache_whose_index_folder_cannot_be_made_still_gives_the_index()
    {
        var reference = Index(Documents(cached: false));
        // A file where the index/ folder should be: the parts cannot be written, the build goes on without them.
        File.WriteAllText(Path.Combine(_cache, "index"), "in the way");

        AssertSameIndex(reference, Index(Documents(cached: true)));
        Assert.Empty(Directory.GetFiles(_cache, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Kept_text_blocks_are_handed_to_the_output_as_the_cache_files_to_link()
    {
        var reference = Index(Documents(cached: false));
        Assert.All(_written.Where(f => f.Path.Contains("/t/", StringComparison.Ordinal)), f => Assert.Null(f.CopyFrom));

        Index(Documents(cached: true));
        var second = Index(Documents(cached: true));
        AssertSameIndex(reference, second);
        var blocks = _written.Where(f => f.Path.Contains("/t/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, blocks.Count); // report A's 13 pages in two blocks, report B's 3 pages in one
        Assert.All(blocks, f =>
        {
            Assert.True(f.MayLink);
            Assert.StartsWith(Path.Combine(_cache, "index"), f.CopyFrom);
        });
    }

    [Theory]
    [InlineData("edited in place")]
    [InlineData("same length, later")]
    [InlineData("deleted")]
    public void A_part_whose_text_block_changed_is_made_again_and_its_block_restored(string change)
    {
        var reference = Index(Documents(cached: false));
        Index(Documents(cached: true));
        string block = ReportCache.BlockPath(_cache, ShaA, 1);
        byte[] good = File.ReadAllBytes(block);
        switch (change)
        {
            case "edited in place":
                // As an edit through a link in an output folder would: the same file, longer.
                using (var stream = new FileStream(block, FileMode.Append))
                {
                    stream.Write("// edited"u8);
                }

                break;
            case "same length, later":
                File.WriteAllBytes(block, Flip(good, good.Length / 2));
                File.SetLastWriteTimeUtc(block, File.GetLastWriteTimeUtc(block).AddSeconds(5));
                break;
            default:
                File.Delete(block);
                break;
        }

        _textReads = 0;
        AssertSameIndex(reference, Index(Documents(cached: true)));
        Assert.Equal(1, _textReads);
        Assert.Equal(good, File.ReadAllBytes(block));
        _textReads = 0;
        Index(Documents(cached: true));
        Assert.Equal(0, _textReads);
    }

    [Fact]
    public void Two_reviews_with_the_same_report_share_its_text_blocks()
    {
        ReportDocument[] twice = [Document(0, ShaA, TextA.Length, cached: true), Document(1, ShaA, TextA.Length, cached: true)];
        Index(twice);
        var index = Index(twice);

        Assert.Equal(BlockPath(index, 0, 0), BlockPath(index, 1, 0));
        Assert.Equal(2, index.Keys.Count(k => k.Contains("/t/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_shorter_text_removes_the_blocks_it_no_longer_has()
    {
        Index(Documents(cached: true));
        Assert.True(File.Exists(ReportCache.BlockPath(_cache, ShaA, 1)));

        // A new extraction of the same PDF with five pages (the review says five pages now).
        new ReportText(TextA[..5]).Save(_cache, ShaA);
        var index = Index([Document(0, ShaA, 5, cached: true)]);
        Assert.False(File.Exists(ReportCache.BlockPath(_cache, ShaA, 1)));
        Assert.True(File.Exists(ReportCache.BlockPath(_cache, ShaA, 0)));
        Assert.Single(index.Keys, k => k.Contains("/t/", StringComparison.Ordinal));
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        byte[] copy = [.. bytes];
        copy[at] ^= 0x20;
        return copy;
    }

    private static string Text(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    /// <summary>The encoded postings of <paramref name="term"/> in the index's shards, or null when no shard has it.</summary>
    private static string? Line(SortedDictionary<string, byte[]> index, string term)
    {
        foreach (var (path, bytes) in index.Where(f => f.Key.Contains("/s/", StringComparison.Ordinal)))
        {
            string body = JsonSerializer.Deserialize<string>(ShardBody().Match(Text(bytes)).Groups[1].Value)!;
            foreach (string line in body.Split('\n'))
            {
                if (line.StartsWith(term + " ", StringComparison.Ordinal))
                {
                    return line[(term.Length + 1)..];
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^DHR_REPORT_SHARD\(\d+,(.*)\);\n$", RegexOptions.Singleline)]
    private static partial Regex ShardBody();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_cache, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
