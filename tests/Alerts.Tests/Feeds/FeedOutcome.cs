using System.Text.Json;
using Alerts.Feeds;

namespace Alerts.Tests.Feeds;

/// <summary>What a parser makes of an input, for differential tests: the whole feed as JSON (lists, dates and problems included), or the parse error.</summary>
internal static class FeedOutcome
{
    public static string Of(FeedParser parser, byte[] bytes, Uri? baseUri)
    {
        try
        {
            return JsonSerializer.Serialize(parser.Parse(bytes, null, baseUri));
        }
        catch (FeedParseException ex)
        {
            return "FeedParseException: " + ex.Message;
        }
    }
}
