namespace DhrLibrary.Search;

/// <summary>
/// lunr.trimmer: <c>s.replace(/^\W+/, '').replace(/\W+$/, '')</c>. Without the u flag \w is exactly
/// [A-Za-z0-9_], so accented letters at either end are trimmed like punctuation.
/// </summary>
public sealed class Trimmer : PipelineFunction
{
    public static Trimmer Instance { get; } = new();

    public override string Label => "trimmer";

    public override string? Run(string token) => Trim(token);

    public static string Trim(string token)
    {
        int start = 0;
        while (start < token.Length && !IsWordChar(token[start]))
        {
            start++;
        }

        int end = token.Length;
        while (end > start && !IsWordChar(token[end - 1]))
        {
            end--;
        }

        return start == 0 && end == token.Length ? token : token[start..end];
    }

    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
