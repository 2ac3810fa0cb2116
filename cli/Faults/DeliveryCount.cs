using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alerts.Cli.Demo;
using Alerts.Storage;

namespace Alerts.Cli.Faults;

/// <summary>A recipient as seen from outside: an email address read back from maildev, or a webhook channel at the receiver.</summary>
public sealed record Recipient(bool Teams, string Address)
{
    public static Recipient Email(string address) => new(false, address);
    public static Recipient Webhook(string channel) => new(true, channel);
}

/// <summary>
/// Counts, from what the sinks received (not from our own ledger), how many times each flagged story reached
/// each recipient: a story counts once per email or card whose text carries its headline.
/// </summary>
public static class DeliveryCount
{
    public static async Task<(int Expected, int Delivered, int Lost, int Duplicated, int Stories)> CountAsync(PipelineStack stack, IReadOnlyList<Recipient> recipients, TextWriter log)
    {
        var store = new StoryStore(stack.Runner.Storage.Table(TableNames.Alerts), stack.Runner.Storage.Table(TableNames.Stories), TimeProvider.System);
        // A digest may title a story with its headline or with one of its outlets' titles: any of them identifies it.
        var stories = new List<(string Label, string[] Keys)>();
        foreach (var story in await store.RecentAsync(10_000).ConfigureAwait(false))
        {
            var titles = (await store.AlertsOfAsync(story.StoryId).ConfigureAwait(false)).Select(a => a.Title).Prepend(story.Headline);
            stories.Add((story.Headline, titles.Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray()));
        }
        var emails = await stack.MailDev.ListEmailsAsync().ConfigureAwait(false);
        int delivered = 0, lost = 0, duplicated = 0;
        foreach (var r in recipients)
        {
            var texts = r.Teams
                ? stack.Teams.Posts.Where(p => p.Channel == r.Address).Select(p => Flat(Strings(JsonNode.Parse(p.Body)))).ToList()
                : emails.Where(e => To(e) == r.Address).Select(e => Flat(Prop(e, "subject") + "\n" + Prop(e, "text"))).ToList();
            foreach (var (label, keys) in stories)
            {
                var times = texts.Count(t => keys.Any(k => t.Contains(k, StringComparison.Ordinal)));
                if (times != 1) log.WriteLine($"{(r.Teams ? "teams" : "email")} {r.Address}: story '{label}' received {times} times in {texts.Count} messages");
                if (times == 0) lost++;
                else delivered++;
                duplicated += Math.Max(0, times - 1);
            }
        }
        return (stories.Count * recipients.Count, delivered, lost, duplicated, stories.Count);
    }

    /// <summary>Plain-text email wraps long lines and cards may shorten a headline: match whitespace-collapsed, on its first 60 characters.</summary>
    private static string Key(string headline)
    {
        var flat = Flat(headline);
        return flat.Length > 60 ? flat[..60] : flat;
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string To(JsonElement email) =>
        email.TryGetProperty("to", out var to) && to.ValueKind == JsonValueKind.Array && to.GetArrayLength() > 0 ? to[0].GetProperty("address").GetString() ?? "" : "";

    private static string Prop(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    /// <summary>Every string in a card, joined: headlines sit in TextBlocks at varying depths.</summary>
    private static string Strings(JsonNode? node)
    {
        var sb = new StringBuilder();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o: foreach (var (_, v) in o) Walk(v); break;
                case JsonArray a: foreach (var v in a) Walk(v); break;
                case JsonValue v when v.TryGetValue<string>(out var s): sb.Append(s).Append('\n'); break;
            }
        }
        Walk(node);
        return sb.ToString();
    }
}
