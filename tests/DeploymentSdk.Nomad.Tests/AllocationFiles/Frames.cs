using System.Text;

namespace DeploymentSdk.Nomad.Tests.AllocationFiles;

/// <summary>Nomad's stream frames as its client agent writes them (StreamFrame: Offset, Data as base64, File, FileEvent).</summary>
internal static class Frames
{
    public const string AllocId = "5456bd7a-9fc0-c0dd-6131-cbee77f57577";

    public const string Heartbeat = "{}";

    public static string Data(string file, long endOffset, byte[] data) =>
        $"{{\"Offset\":{endOffset},\"Data\":\"{Convert.ToBase64String(data)}\",\"File\":\"{file}\"}}";

    public static string Data(string file, long endOffset, string text) => Data(file, endOffset, Encoding.UTF8.GetBytes(text));

    public static string Event(string file, long offset, string fileEvent) =>
        $"{{\"Offset\":{offset},\"File\":\"{file}\",\"FileEvent\":\"{fileEvent}\"}}";

    public static CancellationToken Safety() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    public static string Text(IEnumerable<AllocFileChunk> chunks) => Encoding.UTF8.GetString(chunks.SelectMany(c => c.Data.ToArray()).ToArray());
}
