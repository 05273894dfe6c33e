using System.Text;
using DeploymentSdk.Nomad.Events;

namespace DeploymentSdk.Nomad.Tests.Events;

public sealed class NdjsonLineReaderTests
{
    [Fact]
    public async Task Lines_arriving_one_byte_per_read_are_returned_whole_without_blank_lines()
    {
        var text = "{}\r\n\n{\"Index\":1}\n   \n{\"Index\":2,\"Events\":[]}\ntrailing text";
        using var reader = new NdjsonLineReader(new TrickleStream(Encoding.UTF8.GetBytes(text)), 1024);

        var lines = new List<string>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add(Encoding.UTF8.GetString(line.Span));
        }

        Assert.Equal(["{}", "{\"Index\":1}", "{\"Index\":2,\"Events\":[]}", "trailing text"], lines);
    }

    [Fact]
    public async Task A_line_over_the_cap_fails_instead_of_growing_without_bound()
    {
        var text = new string('x', 70_000) + "\n";
        using var reader = new NdjsonLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), 64 * 1024);

        await Assert.ThrowsAsync<InvalidDataException>(async () => await reader.ReadLineAsync(CancellationToken.None));
    }

    [Fact]
    public void Frames_parse_heartbeats_batches_and_filter_before_copying_payloads()
    {
        Assert.True(NomadEventFrameParser.Parse("{}"u8, null).IsHeartbeat);
        Assert.True(NomadEventFrameParser.Parse("""{"Index":0,"Events":null}"""u8, null).IsHeartbeat);

        var line = Encoding.UTF8.GetBytes(EventFrames.Batch(5, EventFrames.Deployment("d1", 5), EventFrames.Deployment("d2", 5, job: "web")));
        var frame = NomadEventFrameParser.Parse(line, (topic, key, filterKeys) => filterKeys.Contains("web"));

        Assert.False(frame.IsHeartbeat);
        Assert.Equal(5UL, frame.Batch!.Index);
        Assert.Equal("d2", Assert.Single(frame.Batch.Events).Key);

        var none = NomadEventFrameParser.Parse(line, (_, _, _) => false);
        Assert.False(none.IsHeartbeat);
        Assert.Empty(none.Batch!.Events);

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => NomadEventFrameParser.Parse("""{"Index":5,"Events":[{"Topic":"Job"}"""u8, null));
        Assert.False(NomadEventFrameParser.IsJsonObject("Permission denied"u8));
    }

    /// <summary>Hands out one byte per read, the worst a network can do.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
