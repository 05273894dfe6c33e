using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DeploymentSdk.Benchmarks.Baseline;
using DeploymentSdk.Benchmarks.Payloads;

namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>
/// <c>--deser-rounds</c>: the SDK's deserialization time against the floor's, alternating the two in many short rounds
/// of the same process and reporting the median of the per-round ratios. BenchmarkDotNet measures one reader after the
/// other, so on a shared machine whose speed drifts over tens of seconds the drift lands in its ratio; here both
/// readers see the same drift within a round. A profiling aid, not a replacement for the BenchmarkDotNet run.
/// </summary>
internal static class DeserializationRounds
{
    public static string Run(int rounds)
    {
        var output = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Deserialization, floor and SDK alternating: {rounds} rounds of ~1 MB of JSON each, after 30 warm-up rounds.")
            .AppendLine()
            .AppendLine("| Payload | Floor median | SDK median | SDK/floor, median of rounds | Interquartile range |")
            .AppendLine("|---|---:|---:|---:|---|");
        foreach (var n in new[] { 1, 100, 10_000, 0 })
        {
            var json = n == 0 ? JobPayload.Generate() : AllocationPayload.Generate(n);
            Func<int> floor = n == 0
                ? () => JsonSerializer.Deserialize(json, BaselineJsonContext.Default.JobRecord)!.ID!.Length
                : () => JsonSerializer.Deserialize(json, BaselineJsonContext.Default.ListAllocStubRecord)!.Count;
            Func<int> sdk = n == 0
                ? () => JsonSerializer.Deserialize(json, SdkJson.Job)!.Id!.Length
                : () => JsonSerializer.Deserialize(json, SdkJson.AllocationList)!.Count;

            var reps = Math.Max(1, 1_000_000 / json.Length);
            var warmUps = n == 10_000 ? 3 : 30;
            for (var i = 0; i < warmUps; i++)
            {
                Measure(floor, reps);
                Measure(sdk, reps);
            }

            var floorTimes = new List<double>();
            var sdkTimes = new List<double>();
            var ratios = new List<double>();
            for (var round = 0; round < (n == 10_000 ? Math.Max(5, rounds / 4) : rounds); round++)
            {
                // Alternate which reader goes first, so neither always pays for the other's garbage.
                var (a, b) = round % 2 == 0 ? (Measure(floor, reps), Measure(sdk, reps)) : Swap(Measure(sdk, reps), Measure(floor, reps));
                floorTimes.Add(a);
                sdkTimes.Add(b);
                ratios.Add(b / a);
            }

            ratios.Sort();
            var name = n == 0 ? "Full job" : $"{n:N0} allocation{(n == 1 ? "" : "s")}";
            output.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {Median(floorTimes):N1} µs | {Median(sdkTimes):N1} µs | {Median(ratios):F3} | {ratios[ratios.Count / 4]:F2}–{ratios[3 * ratios.Count / 4]:F2} |");
        }

        return output.ToString();

        static (double, double) Swap(double sdkTime, double floorTime) => (floorTime, sdkTime);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    // Microseconds per read, averaged over reps reads.
    private static double Measure(Func<int> read, int reps)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < reps; i++)
        {
            read();
        }

        return clock.Elapsed.TotalMicroseconds / reps;
    }
}
