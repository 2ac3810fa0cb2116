using Alerts.Fuzz;
using SharpFuzz;

// dotnet Alerts.Fuzz.dll TARGET [--libfuzzer | --afl | FILE...]
// With FILE arguments, each file is run once through the target (reproducing a crash or checking a corpus).
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Alerts.Fuzz {{{string.Join('|', FuzzTargets.All.Keys)}}} [--libfuzzer | --afl | FILE...]");
    return 2;
}
switch (args.ElementAtOrDefault(1))
{
    case "--libfuzzer":
        Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
        break;
    case "--afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        break;
    default:
        foreach (var file in args.Skip(1)) target(File.ReadAllBytes(file));
        Console.WriteLine($"{args.Length - 1} input(s) ran through '{args[0]}' without an undocumented failure");
        break;
}
return 0;
