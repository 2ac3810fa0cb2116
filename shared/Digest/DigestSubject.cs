using System.Text;

namespace Alerts.Digest;

/// <summary>
/// The subject line: counts of new stories and updates, then headlines (new ones first), cut with an
/// ellipsis so that it stays under the length mail clients show.
/// </summary>
public static class DigestSubject
{
    public const int MaxLength = 150;

    public static string For(DigestDocument digest)
    {
        var fresh = digest.Stories.Where(s => !s.IsUpdate).ToList();
        var updates = digest.Stories.Where(s => s.IsUpdate).ToList();
        if (fresh.Count + updates.Count == 0) return "No new alerts";

        var counts = new List<string>(2);
        if (fresh.Count > 0) counts.Add($"{fresh.Count} new");
        if (updates.Count > 0) counts.Add(updates.Count == 1 ? "1 update" : $"{updates.Count} updates");
        var prefix = string.Join(", ", counts) + ": ";

        var headlines = fresh.Concat(updates).Select(s => OneLine(s.Headline)).Where(h => h.Length > 0).ToList();
        var subject = new StringBuilder(prefix);
        for (var i = 0; i < headlines.Count; i++)
        {
            var separator = i == 0 ? "" : "; ";
            var more = i < headlines.Count - 1;
            // Keep room for "; …" whenever something would be left out.
            var budget = MaxLength - subject.Length - separator.Length - (more ? 3 : 0);
            if (headlines[i].Length <= budget)
            {
                subject.Append(separator).Append(headlines[i]);
                continue;
            }
            var room = MaxLength - subject.Length - separator.Length - 1;
            if (i == 0 && room > 10)
            {
                subject.Append(headlines[i].AsSpan(0, room).TrimEnd()).Append('…');
            }
            else
            {
                subject.Append("; …");
            }
            break;
        }
        return subject.ToString();
    }

    /// <summary>Collapses whitespace and drops control characters: a subject is one header line.</summary>
    internal static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
