using System.Text;
using Alerts.Pipeline;

namespace Alerts.Tests.Pipeline;

public sealed class ItemBatchesTests
{
    private static ItemMessage Item(int i, string? content = null, string? summary = "A short summary.") => new()
    {
        ItemKey = $"u{i:d4}", SourceId = "wire", Title = $"Story {i}", Link = $"https://news.example/{i}", Summary = summary, Content = content,
        Published = DateTimeOffset.UnixEpoch,
    };

    private static List<ItemMessage> Open(string message) => message.Contains("\"items\":", StringComparison.Ordinal)
        ? PipelineJson.Deserialize<ItemBatchMessage>(message)!.Items.ToList()
        : [PipelineJson.Deserialize<ItemMessage>(message)!];

    [Fact]
    public void Items_are_packed_by_count_in_order_and_a_lone_remainder_travels_bare()
    {
        var packed = ItemBatches.Pack(Enumerable.Range(0, 9).Select(i => Item(i)), new ItemBatchOptions { ItemsPerMessage = 4 });

        Assert.Equal(3, packed.Messages.Count);
        Assert.Equal([4, 4, 1], packed.Messages.Select(m => Open(m).Count));
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"u{i:d4}"), packed.Messages.SelectMany(Open).Select(i => i.ItemKey));
        Assert.DoesNotContain("\"items\":", packed.Messages[2], StringComparison.Ordinal);
        Assert.Equal(0, packed.Trimmed);
    }

    [Fact]
    public void A_message_never_exceeds_the_byte_budget_so_large_items_go_fewer_to_a_message()
    {
        var options = new ItemBatchOptions { ItemsPerMessage = 16, MaxMessageBytes = 8 * 1024 };
        var items = Enumerable.Range(0, 12).Select(i => Item(i, content: new string('x', 2500))).ToList();

        var packed = ItemBatches.Pack(items, options);

        Assert.All(packed.Messages, m => Assert.True(Encoding.UTF8.GetByteCount(m) <= options.MaxMessageBytes, $"{Encoding.UTF8.GetByteCount(m)} bytes"));
        Assert.True(packed.Messages.Count is >= 4 and <= 6, $"{packed.Messages.Count} messages");
        Assert.Equal(items.Select(i => i.Content), packed.Messages.SelectMany(Open).Select(i => i.Content));
    }

    [Fact]
    public void An_item_larger_than_a_message_has_its_content_cut_to_fit_and_keeps_title_link_and_summary()
    {
        var options = new ItemBatchOptions { MaxMessageBytes = 4096 };
        // Non-ASCII text is escaped in JSON (six bytes a character), which the budget must count.
        var huge = Item(1, content: string.Concat(Enumerable.Repeat("Заключённые освобождены. ", 2000)));

        var packed = ItemBatches.Pack([huge, Item(2)], options);

        var sent = packed.Messages.SelectMany(Open).ToList();
        Assert.Equal(1, packed.Trimmed);
        Assert.All(packed.Messages, m => Assert.True(Encoding.UTF8.GetByteCount(m) <= options.MaxMessageBytes));
        Assert.Equal(["u0001", "u0002"], sent.Select(i => i.ItemKey));
        Assert.Equal(huge.Title, sent[0].Title);
        Assert.Equal(huge.Link, sent[0].Link);
        Assert.Equal(huge.Summary, sent[0].Summary);
        Assert.StartsWith("Заключённые освобождены.", sent[0].Content);
        Assert.True(sent[0].Content!.Length < huge.Content!.Length);
    }

    [Fact]
    public void Cutting_never_splits_a_surrogate_pair()
    {
        var emoji = string.Concat(Enumerable.Repeat("🕊", 3000));   // each one a surrogate pair
        var (json, cut) = ItemBatches.FitAlone(Item(1, content: "a" + emoji), 2048);
        var fitted = PipelineJson.Deserialize<ItemMessage>(json)!;

        Assert.True(cut);
        Assert.False(char.IsHighSurrogate(fitted.Content![^1]), "the content ends in half a pair");
    }

    [Fact]
    public void Items_per_message_is_kept_between_one_and_the_maximum()
    {
        Assert.Equal(5, ItemBatches.Pack(Enumerable.Range(0, 5).Select(i => Item(i)), new ItemBatchOptions { ItemsPerMessage = 0 }).Messages.Count);
        Assert.Equal(2, ItemBatches.Pack(Enumerable.Range(0, 40).Select(i => Item(i)), new ItemBatchOptions { ItemsPerMessage = 1000 }).Messages.Count);
        Assert.Empty(ItemBatches.Pack([], new ItemBatchOptions()).Messages);
    }
}
