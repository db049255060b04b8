namespace DhrLibrary.Bench.Corpus;

/// <summary>
/// Makes pronounceable nonsense words from syllables (for the long tail of the vocabulary) and place names
/// (for partnerships and police areas). Nothing here is a real word list, so no person or place is named.
/// </summary>
public static class WordForge
{
    private static readonly string[] Onsets =
        ["b", "br", "c", "cl", "cr", "d", "dr", "f", "fl", "g", "gr", "h", "l", "m", "n", "p", "pr", "r", "s", "sc", "st", "t", "tr", "v", "w"];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "l", "s", "m", "nt", "st", "nd", "rt"];
    private static readonly string[] WordEndings = ["", "", "", "ment", "ation", "ity", "ive", "al", "ance", "ism", "ory", "ure", "ency", "ise"];

    private static readonly string[] PlaceStarts =
        ["Ash", "Bar", "Brack", "Bramble", "Carr", "Cold", "Dun", "East", "Elm", "Fair", "Fern", "Glen", "Gold", "Hal", "Haw", "Holl",
         "Kings", "Lang", "Mar", "Mill", "Nether", "North", "Oak", "Pen", "Red", "Rother", "Sand", "Shel", "South", "Stan", "Thorn",
         "Up", "Wal", "West", "Whit", "Wick", "Wold", "Yar"];

    private static readonly string[] PlaceEnds =
        ["bury", "by", "combe", "dale", "den", "field", "ford", "gate", "ham", "hill", "holme", "hurst", "ing", "ley", "mead", "minster",
         "mouth", "stead", "stow", "thorpe", "ton", "wick", "worth", "well", "wood"];

    /// <summary>Up to <paramref name="count"/> distinct lower-case words, the same for the same seed.</summary>
    public static List<string> Words(int count, ulong seed, ISet<string> avoid)
    {
        var rng = new Pcg32(seed, stream: 7);
        var seen = new HashSet<string>(avoid, StringComparer.OrdinalIgnoreCase);
        var words = new List<string>(count);
        for (int attempt = 0; words.Count < count && attempt < count * 20; attempt++)
        {
            int syllables = rng.Between(1, 3);
            var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => rng.Pick(Onsets) + rng.Pick(Vowels) + rng.Pick(Codas)))
                + rng.Pick(WordEndings);
            if (word.Length is >= 4 and <= 14 && seen.Add(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Distinct place names such as "Brackford" or "Upper Thornmead".</summary>
    public static List<string> Places(int count, ulong seed)
    {
        var rng = new Pcg32(seed, stream: 11);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var places = new List<string>(count);
        while (places.Count < count)
        {
            string name = rng.Pick(PlaceStarts) + rng.Pick(PlaceEnds);
            double shape = rng.NextDouble();
            if (shape < 0.12)
            {
                name = (rng.Chance(0.5) ? "Upper " : "Great ") + name;
            }
            else if (shape < 0.22)
            {
                name = name + " and " + rng.Pick(PlaceStarts) + rng.Pick(PlaceEnds);
            }
            else if (shape < 0.27)
            {
                name = name + "-on-" + rng.Pick(PlaceStarts) + "water";
            }

            if (seen.Add(name))
            {
                places.Add(name);
            }
        }

        return places;
    }
}
