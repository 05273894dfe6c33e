using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DeploymentSdk.Testing;

/// <summary>The span and metric listeners the seam tests of every provider attach.</summary>
internal static class TelemetryListeners
{
    /// <summary>Records every finished span of the SDK's sources and of System.Net.Http.</summary>
    public static ActivityListener Spans(ConcurrentQueue<Activity> into)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("DeploymentSdk", StringComparison.Ordinal) || source.Name == "System.Net.Http",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = into.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    /// <summary>Records every operation duration measured by <paramref name="meter"/>, with its tags.</summary>
    public static MeterListener Durations(string meter, ConcurrentQueue<(double Value, Dictionary<string, object?> Tags)> into)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == meter && instrument.Name == "deploymentsdk.client.operation.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            into.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();
        return listener;
    }
}
