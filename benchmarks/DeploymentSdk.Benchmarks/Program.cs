using System.IO.Enumeration;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DeploymentSdk.Benchmarks.Infrastructure;

namespace DeploymentSdk.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs every benchmark in-process (a short job: 2 warm-ups, 9 iterations)
/// and then the idle-watch measurement; <c>--quick</c> runs each benchmark once in-process (BenchmarkDotNet's dry job)
/// with 2-second idle-watch windows (one answered round), only to prove everything still builds and runs; <c>--allocations</c> runs each
/// benchmark once warm, for exact allocated bytes while profiling; <c>--deser-rounds</c> alternates the floor and the
/// SDK's deserialization in short rounds (a drift-proof ratio on a shared machine); <c>--launches N</c> runs each
/// benchmark out of process in N processes (run it from this project's directory). Other arguments go to
/// BenchmarkDotNet (<c>--filter '*Paging*'</c>, <c>--job short</c>, …).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--alloc-sources"))
        {
            Console.WriteLine(await AllocationSources.RunAsync(calls: 20_000));
            return 0;
        }

        if (args.Contains("--deser-rounds"))
        {
            Console.WriteLine(DeserializationRounds.Run(rounds: 41));
            return 0;
        }

        var quick = args.Contains("--quick");
        var allocations = args.Contains("--allocations");
        var launches = args.SkipWhile(a => a != "--launches").Skip(1).Select(int.Parse).FirstOrDefault();
        var rest = args.Where((a, i) => a is not "--quick" and not "--allocations" and not "--launches" && (i == 0 || args[i - 1] != "--launches")).ToList();
        if (quick)
        {
            QuickMode.Enable();
        }

        if (quick && !rest.Contains("--filter"))
        {
            rest.AddRange(["--filter", "*"]);
        }

        // Fails fast, before any timing, if the generated payloads and the three readers' types have drifted apart.
        PayloadChecks.Run();
        Console.WriteLine(PayloadChecks.Sizes());

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], quick ? QuickConfig() : allocations ? AllocationsConfig() : launches > 0 ? LaunchesConfig(launches) : FullConfig()).ToList();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));

        if (WatchesRequested(rest))
        {
            var table = quick
                ? await IdleWatches.RunAsync(watches: 100, heldWindow: TimeSpan.FromSeconds(2), rounds: 1, roundWindow: TimeSpan.FromSeconds(2), warmUp: TimeSpan.FromSeconds(1))
                : await IdleWatches.RunAsync(watches: 100, heldWindow: TimeSpan.FromSeconds(15), rounds: 5, roundWindow: TimeSpan.FromSeconds(6), warmUp: TimeSpan.FromSeconds(5));
            Console.WriteLine(table);
            var results = Path.Combine("BenchmarkDotNet.Artifacts", "results");
            Directory.CreateDirectory(results);
            await File.WriteAllTextAsync(Path.Combine(results, "IdleWatches.md"), table);
        }

        return failed ? 1 : 0;
    }

    // In-process: building BenchmarkDotNet's per-job project took more than its 2-minute limit on the shared machine.
    private static ManualConfig FullConfig() => Common()
        .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(9).WithToolchain(InProcessEmitToolchain.Instance).WithId("Short9"));

    // Out of process, each benchmark in several processes: the JIT's tiering and PGO make different code in each process,
    // which moves a ratio by up to ±0.15 here; BenchmarkDotNet's statistics then span the launches. Run it from the
    // project's directory (BenchmarkDotNet builds a project next to it).
    private static ManualConfig LaunchesConfig(int launches) => Common()
        .AddJob(Job.Default.WithLaunchCount(launches).WithWarmupCount(2).WithIterationCount(9).WithId($"Launches{launches}"));

    // One warm invocation per benchmark: exact allocated bytes (they do not depend on the machine's noise), rough times.
    private static ManualConfig AllocationsConfig() => Common()
        .AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(1).WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance).WithId("Allocations"));

    private static ManualConfig QuickConfig() => Common()
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"));

    private static ManualConfig Common() => ManualConfig.Create(DefaultConfig.Instance)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Median, new ThroughputColumn(), new BytesPerItemColumn())
        .HideColumns(Column.Error, Column.Gen1, Column.Gen2)
        .WithOptions(ConfigOptions.DisableLogFile);

    /// <summary>The idle-watch measurement runs when no filter is given or a filter matches the name "IdleWatches".</summary>
    private static bool WatchesRequested(List<string> args)
    {
        var at = args.IndexOf("--filter");
        if (at < 0)
        {
            return true;
        }

        return args.Skip(at + 1).TakeWhile(a => !a.StartsWith('-'))
            .Any(pattern => FileSystemName.MatchesSimpleExpression(pattern, "IdleWatches", ignoreCase: true));
    }
}
