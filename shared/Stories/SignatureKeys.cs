using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Alerts.Detect;

namespace Alerts.Stories;

/// <summary>
/// A signature's lists as sorted 64-bit hashes and its stage as flags, built once per signature and kept beside it.
/// Every assignment compares the new item with each flagged item of the 30-day window, under the story lease, so
/// this loop bounds how fast stories are assigned: comparing numbers instead of strings makes it several times
/// faster with the same result (two different strings share a 64-bit hash with negligible odds).
/// </summary>
internal sealed class SignatureKeys
{
    private static readonly ConditionalWeakTable<StorySignature, SignatureKeys> Built = new();

    public required ulong[] Topics { get; init; }
    public required ulong[] Names { get; init; }
    public required ulong[] Countries { get; init; }
    public required ulong[] Numbers { get; init; }
    public required ulong[] Terms { get; init; }
    public bool Talks { get; init; }
    public bool Confirmed { get; init; }
    /// <summary>Which sanctions actions the stage names: bit 0 imposed, 1 eased, 2 discussed.</summary>
    public int Actions { get; init; }

    /// <summary>The keys of a signature; signatures are immutable, so they are built on first use and cached by reference.</summary>
    public static SignatureKeys For(StorySignature signature) =>
        Built.TryGetValue(signature, out var keys) ? keys : Built.GetValue(signature, Build);

    private static SignatureKeys Build(StorySignature s) => new()
    {
        Topics = Hashes(s.Topics),
        Names = Hashes(s.Names),
        Countries = Hashes(s.Countries),
        Numbers = Hashes(s.Numbers),
        Terms = Hashes(s.Terms),
        Talks = s.Stage.Contains(ReleaseStage.Talks, StringComparison.Ordinal),
        Confirmed = s.Stage.Contains(ReleaseStage.Confirmed, StringComparison.Ordinal),
        Actions = (s.Stage.Contains(SanctionsAction.Imposed, StringComparison.Ordinal) ? 1 : 0)
                  | (s.Stage.Contains(SanctionsAction.Eased, StringComparison.Ordinal) ? 2 : 0)
                  | (s.Stage.Contains(SanctionsAction.Discussed, StringComparison.Ordinal) ? 4 : 0),
    };

    /// <summary>Distinct values' hashes, sorted (the lists are already distinct: the signature builder makes them so).</summary>
    private static ulong[] Hashes(IReadOnlyList<string> values)
    {
        var hashes = new ulong[values.Count];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(values[i].AsSpan()));
        Array.Sort(hashes);
        return hashes;
    }

    /// <summary>How many values two sorted hash lists share: one merge pass.</summary>
    public static int Shared(ulong[] a, ulong[] b)
    {
        int shared = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return shared;
    }

    public static bool SameSet(ulong[] a, ulong[] b) => a.AsSpan().SequenceEqual(b);
}
