using DhrLibrary.Yaml;

namespace DhrLibrary.Content;

/// <summary>Reads a recommendation's optional <c>status</c> and <c>updates</c> (its implementation history).</summary>
internal static class RecommendationStatusReader
{
    private static readonly string[] UpdateKeys = ["date", "status", "note", "source"];

    /// <summary>The status to show (the last update's when there are updates) and the updates, oldest first.</summary>
    public static (RecommendationStatus Status, IReadOnlyList<RecommendationUpdate> Updates) Read(YMapping rec, FieldReader fields, DateOnly today)
    {
        RecommendationStatus? status = ReadStatus(rec, fields);
        var (updates, allRead) = ReadUpdates(rec, fields, today);
        if (updates.Count == 0)
        {
            return (status ?? RecommendationStatus.Unknown, updates);
        }

        var last = updates[^1];
        if (status is not null && allRead && status != last.Status)
        {
            fields.Error(rec["status"]!, $"'status' is '{status.Value.Spelling()}' but the last update (line {last.Line}) says '{last.Status.Spelling()}': with updates, 'status' must match the latest one (or leave 'status' out)");
        }

        return (last.Status, updates);
    }

    private static RecommendationStatus? ReadStatus(YMapping map, FieldReader fields) =>
        fields.String(map, "status", required: false) is { } text ? Parse(map, fields, text) : null;

    private static RecommendationStatus? Parse(YMapping map, FieldReader fields, string text)
    {
        if (RecommendationStatuses.TryParse(text, out var status))
        {
            return status;
        }

        fields.Error(map["status"]!, $"unknown status '{text}': use one of {RecommendationStatuses.Allowed}");
        return null;
    }

    private static (List<RecommendationUpdate> Updates, bool AllRead) ReadUpdates(YMapping rec, FieldReader fields, DateOnly today)
    {
        var updates = new List<RecommendationUpdate>();
        var node = rec["updates"];
        if (node is null || node is YScalar { IsNull: true })
        {
            return (updates, true);
        }

        if (node is not YSequence seq)
        {
            fields.Error(node, "'updates' must be a list of items with 'date', 'status' and optionally 'note' and 'source', oldest first");
            return (updates, false);
        }

        bool allRead = true;
        foreach (var item in seq.Items)
        {
            if (item is not YMapping map)
            {
                fields.Error(item, "each update must be a mapping with 'date', 'status' and optionally 'note' and 'source'");
                allRead = false;
                continue;
            }

            var update = ReadUpdate(map, fields, today);
            if (update is null)
            {
                allRead = false;
                continue;
            }

            if (updates.Count > 0 && update.Date.CompareTo(updates[^1].Date) < 0)
            {
                fields.Error(map["date"]!, $"updates must be listed oldest first: {update.Date.Iso} comes after {updates[^1].Date.Iso} (line {updates[^1].Line})");
                allRead = false;
            }

            updates.Add(update);
        }

        return (updates, allRead);
    }

    private static RecommendationUpdate? ReadUpdate(YMapping map, FieldReader fields, DateOnly today)
    {
        fields.RejectUnknownKeys(map, UpdateKeys, "an update");
        bool ok = map.Entries.All(e => UpdateKeys.Contains(e.Key.Value));

        PublishedDate? date = null;
        var dateText = fields.String(map, "date", required: true);
        if (dateText is not null)
        {
            if (!PublishedDate.TryParse(dateText, out var d))
            {
                fields.Error(map["date"]!, $"an update's 'date' must be a real date written YYYY-MM or YYYY-MM-DD (for example 2024-06), not '{dateText}'");
            }
            else if (IsFuture(d, today))
            {
                fields.Error(map["date"]!, $"an update's 'date' is {d.Iso}, which is in the future (today is {today:yyyy-MM-dd}): check the year and month");
            }
            else
            {
                date = d;
            }
        }

        var statusText = fields.String(map, "status", required: true);
        var status = statusText is null ? null : Parse(map, fields, statusText);

        var note = fields.String(map, "note", required: false);
        var source = fields.String(map, "source", required: false);
        if (source is not null && !(Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            fields.Error(map["source"]!, $"an update's 'source' must be a full http(s) address, not '{source}'");
            ok = false;
        }

        return ok && date is PublishedDate when && status is { } read
            ? new RecommendationUpdate(when, read, note, source, fields.FileLine(map))
            : null;
    }

    private static bool IsFuture(PublishedDate date, DateOnly today) => date.Day is null
        ? (date.Year, date.Month).CompareTo((today.Year, today.Month)) > 0
        : date.FirstDay > today;
}
