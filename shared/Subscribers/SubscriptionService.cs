using System.Net;
using Alerts.Deliver;
using Alerts.Observability;
using MimeKit;

namespace Alerts.Subscribers;

/// <summary>
/// Subscribe (double opt-in), confirm, unsubscribe, preferences, and the admin registration of Teams
/// channels. Host-agnostic: every call returns a <see cref="SubscriptionResult"/> that the HTTP layer maps.
/// </summary>
public sealed class SubscriptionService(
    ISubscriberStore store, SubscriptionTokens tokens, ITokenNonceStore nonces, IEmailSender mail,
    SubscriptionOptions options, TimeProvider? time = null)
{
    private readonly TimeProvider time = time ?? TimeProvider.System;

    public async Task<SubscriptionResult> SubscribeAsync(string? email, string? displayName = null, SubscriberPreferences? preferences = null, CancellationToken ct = default)
    {
        if (!TryNormaliseEmail(email, out var address)) return SubscriptionResult.BadRequest($"'{email}' is not a valid email address.");
        var (prefs, invalid) = Checked(preferences);
        if (invalid != null) return invalid;

        // The same answer whether or not the address is known, so the endpoint does not reveal who subscribed.
        const string accepted = "Check your inbox: we sent a link to confirm the subscription.";
        var existing = await store.FindByAddressAsync(Channel.Email, address, ct);
        if (existing is { Status: SubscriberStatus.Active }) return new SubscriptionResult(202, accepted);

        var subscriber = existing is null
            ? new Subscriber { Id = Subscriber.NewId(), Channel = Channel.Email, Address = address, DisplayName = displayName?.Trim() ?? "", Created = time.GetUtcNow(), Preferences = prefs }
            : existing with { Status = SubscriberStatus.Pending, Preferences = preferences == null ? existing.Preferences : prefs };
        if (existing is null) await store.AddAsync(subscriber, ct);
        else await store.UpdateAsync(subscriber, ct);

        var sent = await mail.SendAsync(ConfirmationMail(subscriber), ct);
        return sent.Outcome switch
        {
            SendOutcome.Sent => new SubscriptionResult(202, accepted),
            SendOutcome.Transient => new SubscriptionResult(503, "We could not send the confirmation mail just now; please try again in a few minutes."),
            _ => SubscriptionResult.BadRequest("The confirmation mail was refused for this address; check it and try again."),
        };
    }

    public async Task<SubscriptionResult> ConfirmAsync(string? token, CancellationToken ct = default)
    {
        var check = tokens.Validate(token, TokenPurpose.Confirm);
        if (!check.Valid) return SubscriptionResult.Page(400, "Link not valid", check.Message);
        var subscriber = await store.GetAsync(check.SubscriberId!, ct);
        if (subscriber == null) return SubscriptionResult.Page(404, "Subscription not found", "This subscription no longer exists; subscribe again.");
        if (!await nonces.TryConsumeAsync(check.Nonce!, check.Expires!.Value, ct))
        {
            return SubscriptionResult.Page(409, "Link already used", "This confirmation link was used before. If you are not receiving digests, subscribe again.");
        }
        await store.UpdateAsync(subscriber with { Status = SubscriberStatus.Active, Confirmed = time.GetUtcNow() }, ct);
        return SubscriptionResult.Page(200, "Subscription confirmed", "You will receive Alerts digests from now on.");
    }

    /// <summary>The page behind a digest's unsubscribe link: a button, because mail scanners follow GET links.</summary>
    public SubscriptionResult UnsubscribePage(string? token)
    {
        var check = tokens.Validate(token, TokenPurpose.Unsubscribe);
        if (!check.Valid) return SubscriptionResult.Page(400, "Link not valid", check.Message);
        return SubscriptionResult.Page(200, "Unsubscribe from Alerts", "Stop receiving Alerts digests at this address?",
            Link("unsubscribe", token!).AbsoluteUri, "Unsubscribe");
    }

    /// <summary>The POST of the page's button and of RFC 8058 one-click unsubscribe; repeating it is harmless.</summary>
    public async Task<SubscriptionResult> UnsubscribeAsync(string? token, CancellationToken ct = default)
    {
        var check = tokens.Validate(token, TokenPurpose.Unsubscribe);
        if (!check.Valid) return SubscriptionResult.Page(400, "Link not valid", check.Message);
        var subscriber = await store.GetAsync(check.SubscriberId!, ct);
        if (subscriber == null) return SubscriptionResult.Page(404, "Subscription not found", "This subscription no longer exists.");
        if (subscriber.Status != SubscriberStatus.Unsubscribed)
        {
            await store.UpdateAsync(subscriber with { Status = SubscriberStatus.Unsubscribed }, ct);
        }
        return SubscriptionResult.Page(200, "Unsubscribed", "You will not receive Alerts digests any more.");
    }

    public async Task<SubscriptionResult> GetPreferencesAsync(string? token, CancellationToken ct = default)
    {
        var check = tokens.Validate(token, TokenPurpose.Preferences);
        if (!check.Valid) return SubscriptionResult.BadRequest(check.Message);
        var subscriber = await store.GetAsync(check.SubscriberId!, ct);
        return subscriber == null ? SubscriptionResult.NotFound("This subscription no longer exists.") : SubscriptionResult.Ok("OK", subscriber.Preferences);
    }

    public async Task<SubscriptionResult> UpdatePreferencesAsync(string? token, SubscriberPreferences? preferences, CancellationToken ct = default)
    {
        var check = tokens.Validate(token, TokenPurpose.Preferences);
        if (!check.Valid) return SubscriptionResult.BadRequest(check.Message);
        if (preferences == null) return SubscriptionResult.BadRequest("No preferences were sent.");
        var (valid, invalid) = Checked(preferences);
        if (invalid != null) return invalid;
        var subscriber = await store.GetAsync(check.SubscriberId!, ct);
        if (subscriber == null) return SubscriptionResult.NotFound("This subscription no longer exists.");
        await store.UpdateAsync(subscriber with { Preferences = valid }, ct);
        return SubscriptionResult.Ok("Preferences saved.", valid);
    }

    /// <summary>Admin: a Teams channel by its Workflows webhook URL, active at once (no mailbox to confirm).</summary>
    public async Task<SubscriptionResult> RegisterTeamsChannelAsync(string? webhookUrl, string? displayName, SubscriberPreferences? preferences = null, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(webhookUrl?.Trim(), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.Host.Length == 0)
        {
            return SubscriptionResult.BadRequest("The webhook must be an absolute https URL (the Workflows 'When a Teams webhook request is received' trigger URL).");
        }
        var (prefs, invalid) = Checked(preferences);
        if (invalid != null) return invalid;
        if (await store.FindByAddressAsync(Channel.Teams, url.AbsoluteUri, ct) is { } existing)
        {
            return new SubscriptionResult(409, $"This webhook is already registered as {existing.Id}.", Body: new RegisteredSubscriber(existing.Id));
        }
        var now = time.GetUtcNow();
        var subscriber = new Subscriber
        {
            Id = Subscriber.NewId(), Channel = Channel.Teams, Address = url.AbsoluteUri,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? url.Host : displayName.Trim(),
            Status = SubscriberStatus.Active, Created = now, Confirmed = now, Preferences = prefs,
        };
        await store.AddAsync(subscriber, ct);
        return new SubscriptionResult(201, $"Teams channel registered ({Redact.Url(url)}).", Body: new RegisteredSubscriber(subscriber.Id));
    }

    public async Task<SubscriptionResult> ListSubscribersAsync(CancellationToken ct = default) =>
        SubscriptionResult.Ok("OK", await store.ListAsync(ct));

    /// <summary>The signed links a digest to this subscriber carries.</summary>
    public (Uri Unsubscribe, Uri Preferences) DigestLinks(string subscriberId) =>
        (Link("unsubscribe", tokens.Create(TokenPurpose.Unsubscribe, subscriberId, options.DigestLinkLifetime)),
         Link("preferences", tokens.Create(TokenPurpose.Preferences, subscriberId, options.DigestLinkLifetime)));

    private EmailEnvelope ConfirmationMail(Subscriber subscriber)
    {
        var link = Link("confirm", tokens.Create(TokenPurpose.Confirm, subscriber.Id, options.ConfirmLinkLifetime)).AbsoluteUri;
        var hours = (int)options.ConfirmLinkLifetime.TotalHours;
        var href = WebUtility.HtmlEncode(link);
        return new EmailEnvelope
        {
            To = subscriber.Address,
            Subject = "Confirm your Alerts subscription",
            Text = $"Please confirm that you want Alerts digests at this address:\n\n{link}\n\nThe link works for {hours} hours. If you did not ask for this, ignore this mail.\n",
            Html = "<!DOCTYPE html><html><body style=\"font-family:Arial,Helvetica,sans-serif;\"><p>Please confirm that you want Alerts digests at this address.</p>" +
                   $"<p><a href=\"{href}\" style=\"color:#0b5cad;\">Confirm subscription</a></p><p style=\"color:#666;font-size:12px;\">The link works for {hours} hours. If you did not ask for this, ignore this mail.</p></body></html>",
            MessageId = $"confirm-{subscriber.Id}-{time.GetUtcNow().ToUnixTimeSeconds()}",
        };
    }

    /// <summary>Submitted preferences validated and normalised, defaults when none were sent.</summary>
    private static (SubscriberPreferences Preferences, SubscriptionResult? Error) Checked(SubscriberPreferences? preferences)
    {
        if (preferences == null) return (new SubscriberPreferences(), null);
        var (valid, errors) = PreferenceValidator.Validate(preferences);
        return valid == null ? (preferences, SubscriptionResult.BadRequest(string.Join(" ", errors))) : (valid, null);
    }

    private Uri Link(string action, string token)
    {
        var root = options.PublicBaseUrl.AbsoluteUri;
        return new Uri(new Uri(root.EndsWith('/') ? root : root + "/"), $"{action}?token={Uri.EscapeDataString(token)}");
    }

    internal static bool TryNormaliseEmail(string? input, out string address)
    {
        address = "";
        var trimmed = input?.Trim() ?? "";
        if (trimmed.Length is 0 or > 254 || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';')) return false;
        if (!MailboxAddress.TryParse(trimmed, out var mailbox)) return false;
        var at = mailbox.Address.LastIndexOf('@');
        if (at <= 0 || mailbox.Address != trimmed) return false;
        var domain = mailbox.Address[(at + 1)..];
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.')) return false;
        address = mailbox.Address[..at] + "@" + domain.ToLowerInvariant();
        return true;
    }
}
