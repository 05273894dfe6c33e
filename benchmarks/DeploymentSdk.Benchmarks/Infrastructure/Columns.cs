using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using DeploymentSdk.Benchmarks.Benchmarks;
using DeploymentSdk.Benchmarks.Payloads;

namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>Payload megabytes (10^6 bytes) read per second at the median time, for the deserialization benchmarks.</summary>
internal sealed class ThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<int, int> AllocationBytes = new();
    private static readonly Lazy<int> JobBytes = new(() => JobPayload.Generate().Length);

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Payload megabytes (10^6 bytes of JSON) read per second at the median time";

    public static int? PayloadBytes(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        if (type == typeof(JobDeserialization))
        {
            return JobBytes.Value;
        }

        if (type == typeof(AllocationListDeserialization))
        {
            var n = (int)benchmarkCase.Parameters["N"];
            return AllocationBytes.GetOrAdd(n, static count => AllocationPayload.Generate(count).Length);
        }

        return null;
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return PayloadBytes(benchmarkCase) is { } bytes && median is > 0
            ? (bytes / (median.Value / 1e9) / 1e6).ToString("N0", CultureInfo.InvariantCulture)
            : "-";
    }

    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(JobDeserialization) || c.Descriptor.Type == typeof(AllocationListDeserialization));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}

/// <summary>Allocated bytes per operation divided by the items enumerated, for the paging benchmark.</summary>
internal sealed class BytesPerItemColumn : IColumn
{
    public string Id => nameof(BytesPerItemColumn);

    public string ColumnName => "Allocated/item";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Allocated bytes per operation divided by the items enumerated (B)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type != typeof(Paging) || summary[benchmarkCase] is not { } report)
        {
            return "-";
        }

        var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        var items = (int)benchmarkCase.Parameters["Items"];
        return bytes is { } b ? ((double)b / items).ToString("N0", CultureInfo.InvariantCulture) + " B" : "-";
    }

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(Paging));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
