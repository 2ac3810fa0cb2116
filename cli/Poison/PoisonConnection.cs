using Azure.Core;
using Azure.Identity;
using Azure.Storage.Queues;

namespace Alerts.Cli.Poison;

/// <summary>
/// Where the poison command connects: --account NAME (the deployed account, with your Azure sign-in), else
/// --connection, else the AzureWebJobsStorage environment variable, else the local Azurite.
/// </summary>
public static class PoisonConnection
{
    public const string Local = "UseDevelopmentStorage=true";

    public static (QueueServiceClient Client, string Description) Open(string? connection, string? account)
    {
        // Few, short retries: an operator waiting on a dead endpoint wants the reason, not a minute of back-off.
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        options.Retry.MaxRetries = 2;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(15);
        if (!string.IsNullOrWhiteSpace(account))
        {
            var uri = new Uri($"https://{account.Trim()}.queue.core.windows.net");
            return (new QueueServiceClient(uri, new DefaultAzureCredential(), options), $"account {account.Trim()} (Azure sign-in)");
        }
        var chosen = !string.IsNullOrWhiteSpace(connection) ? connection
            : Environment.GetEnvironmentVariable("AzureWebJobsStorage") is { Length: > 0 } env ? env : Local;
        try
        {
            var client = new QueueServiceClient(chosen, options);
            return (client, client.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new PoisonCommandException("the storage connection string is not valid: " + ex.Message.Split('\n')[0]);
        }
    }

    /// <summary>The errors the storage SDK and Azure sign-in raise, as one line for the operator.</summary>
    public static string? Reason(Exception ex) => ex switch
    {
        PoisonCommandException p => p.Message,
        Azure.RequestFailedException r => $"storage refused the request ({r.Status} {r.ErrorCode}): {FirstLine(r.Message)}",
        AuthenticationFailedException or CredentialUnavailableException => "Azure sign-in failed (run az login): " + FirstLine(ex.Message),
        AggregateException { InnerExceptions.Count: > 0 } a => "storage is unreachable: " + FirstLine(a.InnerExceptions[^1].GetBaseException().Message),
        HttpRequestException or TaskCanceledException => "storage is unreachable: " + FirstLine(ex.GetBaseException().Message),
        _ => null,
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
