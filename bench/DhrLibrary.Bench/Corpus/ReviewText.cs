namespace DhrLibrary.Bench.Corpus;

/// <summary>Builds recommendation texts and summaries from the phrase book; every choice comes from the one rng.</summary>
public sealed class ReviewText(Pcg32 rng, PhraseBook book)
{
    private static readonly string[] Openings = ["That", "That", "That", "It is recommended that", "The panel recommends that"];
    private static readonly string[] Counts = ["two", "three", "four", "five", "six", "seven"];
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public string NounPhrase()
    {
        double r = rng.NextDouble();
        return r < 0.45 ? book.Adjectives.Draw(rng) + " " + book.Nouns.Draw(rng)
            : r < 0.75 ? book.Nouns.Draw(rng)
            : book.Nouns.Draw(rng) + " for " + book.Nouns.Draw(rng);
    }

    public string Recommendation(string subject, IReadOnlyList<string> addressees)
    {
        int target = Math.Clamp((int)rng.LogNormal(3.95, 0.45), 20, 120);
        var words = new List<string>(target + 30);
        while (words.Count < target)
        {
            words.AddRange(RecommendationSentence(words.Count == 0 ? subject : "the partnership", addressees).Split(' '));
        }

        if (words.Count > 120)
        {
            words.RemoveRange(120, words.Count - 120);
            words[^1] = words[^1].TrimEnd(',', '.') + ".";
        }

        return string.Join(' ', words);
    }

    /// <summary>The same recommendation in slightly other words: 2–10 % of its words replaced or dropped.</summary>
    public string Reword(string text)
    {
        double rate = 0.02 + (0.08 * rng.NextDouble());
        var words = new List<string>();
        foreach (var word in text.Split(' '))
        {
            double r = rng.NextDouble();
            if (r < rate / 2)
            {
                continue;
            }

            words.Add(r < rate ? book.Nouns.Draw(rng) : word);
        }

        return string.Join(' ', words);
    }

    /// <summary>Paragraphs of 80–270 words; the first names the themes' keywords, later ones repeat some.</summary>
    public List<string> Summary(IReadOnlyList<string> keywords)
    {
        int target = rng.Between(80, 270);
        var paragraphs = new List<string>();
        var sentences = new List<string> { $"Key concerns include {List(keywords)}, alongside {NounPhrase()}." };
        int words = sentences[0].Split(' ').Length;
        int paragraphLength = rng.Between(2, 7);
        while (words < target)
        {
            string sentence = SummarySentence(keywords);
            sentences.Add(sentence);
            words += sentence.Split(' ').Length;
            if (sentences.Count >= paragraphLength && paragraphs.Count < 5)
            {
                paragraphs.Add(string.Join(' ', sentences));
                sentences.Clear();
                paragraphLength = rng.Between(2, 7);
            }
        }

        if (sentences.Count > 0)
        {
            paragraphs.Add(string.Join(' ', sentences));
        }

        return paragraphs;
    }

    private string RecommendationSentence(string subject, IReadOnlyList<string> addressees)
    {
        string agencies = List(addressees);
        double r = rng.NextDouble();
        return r switch
        {
            < 0.15 => $"{rng.Pick(Openings)} {subject} {book.Verbs.Draw(rng)} {NounPhrase()} {book.Purposes.Draw(rng)}.",
            < 0.30 => $"That {subject} reviews {NounPhrase()} and reports back within {rng.Between(2, 12)} months.",
            < 0.50 => $"{rng.Pick(Openings)} {subject} seeks assurance from {agencies} that {NounPhrase()} is {book.Adverbs.Draw(rng)} applied to {NounPhrase()}.",
            < 0.65 => $"{agencies} should {book.Verbs.Draw(rng)} {NounPhrase()}, including {NounList(rng.Between(2, 4))}.",
            < 0.80 => $"This should include {NounList(rng.Between(2, 4))} {book.Purposes.Draw(rng)}.",
            < 0.90 => $"{Capital(book.People.Draw(rng))} should {book.Adverbs.Draw(rng)} {book.Verbs.Draw(rng)} {NounPhrase()} {book.Purposes.Draw(rng)}.",
            _ => $"{agencies} should report to {subject} on how {NounPhrase()} and {NounPhrase()} have been {book.Adverbs.Draw(rng)} reviewed.",
        };
    }

    private string SummarySentence(IReadOnlyList<string> keywords)
    {
        double r = rng.NextDouble();
        return r switch
        {
            < 0.2 when keywords.Count > 0 => $"Learning about {rng.Pick(keywords)} was a recurring theme for {book.People.Draw(rng)}.",
            < 0.40 => $"The review found that {book.People.Draw(rng)} did not {book.Verbs.Draw(rng)} {NounPhrase()} {book.Periods.Draw(rng)}.",
            < 0.55 => $"There was {book.Adjectives.Draw(rng)} {NounPhrase()} between {book.Nouns.Draw(rng)} and {book.Nouns.Draw(rng)}.",
            < 0.70 => $"The panel identified {rng.Pick(Counts)} areas of learning relating to {NounList(rng.Between(2, 3))}.",
            < 0.85 => $"{Capital(book.Subjects.Draw(rng))} had contact with {book.Nouns.Draw(rng)} and {book.Nouns.Draw(rng)} {book.Periods.Draw(rng)}.",
            < 0.93 => $"Opportunities to {book.Verbs.Draw(rng)} {NounPhrase()} were missed because {NounPhrase()} was {book.Adjectives.Draw(rng)}.",
            _ => $"By {rng.Pick(Months)} {rng.Between(2012, 2025)} the action plan had addressed {NounPhrase()} and {NounPhrase()}.",
        };
    }

    private string NounList(int count) => List([.. Enumerable.Range(0, count).Select(_ => NounPhrase())]);

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
