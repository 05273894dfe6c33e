namespace DeploymentSdk.Cloud66.Tests;

/// <summary>Records progress on the reporting thread (Progress&lt;T&gt; would post it later, after the call returned).</summary>
internal sealed class SyncProgress<T>(Action<T>? onReport = null) : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
