using System.Net;

namespace Alerts.Subscribers;

/// <summary>The small pages behind confirm and unsubscribe links: static markup, all values HTML-escaped.</summary>
internal static class SubscriptionPages
{
    public static string Render(string title, string message, string? formAction, string? button)
    {
        var form = formAction == null ? "" :
            $"<form method=\"post\" action=\"{WebUtility.HtmlEncode(formAction)}\"><button type=\"submit\" style=\"padding:10px 18px;font-size:15px;\">{WebUtility.HtmlEncode(button ?? "Continue")}</button></form>";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
               $"<title>{WebUtility.HtmlEncode(title)}</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;color:#222;\">" +
               $"<h1 style=\"font-size:22px;\">{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p>{form}</body></html>";
    }
}
