namespace DeploymentSdk.Nomad;

/// <summary>One frame of Nomad's file and log streams; <c>{}</c> is a heartbeat.</summary>
internal sealed class StreamFrame
{
    public long? Offset { get; set; }

    public byte[]? Data { get; set; }

    public string? File { get; set; }

    public string? FileEvent { get; set; }
}
