using System.Globalization;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Yaml;

/// <summary>
/// Reads typed fields from a YAML mapping and reports every problem against the source file,
/// with YAML lines shifted to file lines.
/// </summary>
public sealed class FieldReader(string file, int lineOffset, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    public int FileLine(YNode node) => node.Line + lineOffset;

    public void Error(YNode node, string message) => diagnostics.Error(File, FileLine(node), node.Column, message);

    public void Warning(YNode node, string message) => diagnostics.Warning(File, FileLine(node), node.Column, message);

    public void ErrorAt(int fileLine, int column, string message) => diagnostics.Error(File, fileLine, column, message);

    /// <summary>Reports keys that are not in <paramref name="allowed"/>, naming the ones that are.</summary>
    public void RejectUnknownKeys(YMapping map, IReadOnlyCollection<string> allowed, string where)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!allowed.Contains(key.Value))
            {
                Error(key, $"unknown key '{key.Value}' in {where}; allowed keys are {string.Join(", ", allowed)}");
            }
        }
    }

    public string? String(YMapping map, string key, bool required, YNode? missingAt = null)
    {
        var node = map[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required)
            {
                Error(node ?? missingAt ?? map, $"missing required field '{key}'");
            }

            return null;
        }

        if (node is not YScalar scalar)
        {
            Error(node, $"'{key}' must be text, not a {Describe(node)}");
            return null;
        }

        var value = scalar.Value.Trim();
        if (required && value.Length == 0)
        {
            Error(node, $"'{key}' must not be empty");
            return null;
        }

        return value;
    }

    public int? Integer(YMapping map, string key, bool required, int min, int max)
    {
        var node = map[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required)
            {
                Error(node ?? map, $"missing required field '{key}'");
            }

            return null;
        }

        if (node is not YScalar scalar || !scalar.IsPlain
            || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            Error(node, $"'{key}' must be a whole number, not {Quote(node)}");
            return null;
        }

        if (value < min || value > max)
        {
            Error(node, $"'{key}' must be between {min} and {max}, not {value}");
            return null;
        }

        return value;
    }

    public bool? Boolean(YMapping map, string key)
    {
        var node = map[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            return null;
        }

        if (node is YScalar { IsPlain: true } s && (s.Value is "true" or "false"))
        {
            return s.Value == "true";
        }

        Error(node, $"'{key}' must be true or false, not {Quote(node)}");
        return null;
    }

    /// <summary>A list of text items; a single text value is not accepted, so a missing `[...]` is caught.</summary>
    public IReadOnlyList<(string Value, YScalar Node)>? StringList(YMapping map, string key, bool required)
    {
        var node = map[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required)
            {
                Error(node ?? map, $"missing required field '{key}'");
            }

            return null;
        }

        if (node is not YSequence seq)
        {
            Error(node, $"'{key}' must be a list (write it as [a, b] or one '- item' per line), not {Quote(node)}");
            return null;
        }

        var items = new List<(string, YScalar)>();
        foreach (var item in seq.Items)
        {
            if (item is YScalar s && !s.IsNull && s.Value.Trim().Length > 0)
            {
                items.Add((s.Value.Trim(), s));
            }
            else
            {
                Error(item, $"each item of '{key}' must be non-empty text");
            }
        }

        return items;
    }

    public static string Describe(YNode node) => node switch
    {
        YMapping => "mapping",
        YSequence => "list",
        _ => "text value",
    };

    public static string Quote(YNode node) => node is YScalar s ? $"'{s.Value}'" : "a " + Describe(node);
}
