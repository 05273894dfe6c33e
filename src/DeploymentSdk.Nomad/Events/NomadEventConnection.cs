using System.Text;
using System.Text.Json;

namespace DeploymentSdk.Nomad.Events;

/// <summary>How reading one connection of the event stream went.</summary>
internal enum NomadEventReadKind
{
    /// <summary>A frame arrived (heartbeat or batch).</summary>
    Frame,

    /// <summary>The server ended the body cleanly.</summary>
    Ended,

    /// <summary>The server wrote text that is not JSON (older servers append their error message).</summary>
    ServerText,

    /// <summary>A line started like JSON but did not parse (bad JSON, invalid UTF-8), or was longer than the size cap.</summary>
    BadFrame,

    /// <summary>The connection failed or fell silent past the heartbeat timeout.</summary>
    Dropped,
}

/// <summary>The outcome of one read.</summary>
internal readonly record struct NomadEventRead(NomadEventReadKind Kind, NomadEventFrame Frame = default, string? Text = null, Exception? Error = null);

/// <summary>One open response of the event stream, read line by line, with an idle timer re-armed before every read.</summary>
internal sealed class NomadEventConnection : IDisposable
{
    private const int MaxServerTextChars = 1024;

    private readonly HttpResponseMessage _response;
    private readonly Stream _body;
    private readonly CancellationTokenSource _silence;
    private readonly CancellationTokenSource _idle;
    private readonly NdjsonLineReader _lines;
    private readonly NomadEventFilter? _filter;

    private NomadEventConnection(
        HttpResponseMessage response, Stream body, CancellationToken cancellationToken, TimeSpan heartbeatTimeout, long maxLineBytes, NomadEventFilter? filter, TimeProvider time)
    {
        _response = response;
        _body = body;
        _filter = filter;
        // The heartbeat timer runs on the stream's clock (a fake one in tests), linked with the caller's token.
        _silence = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        _idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _silence.Token);
        Action? rearm = heartbeatTimeout == Timeout.InfiniteTimeSpan ? null : () => _silence.CancelAfter(heartbeatTimeout);
        _lines = new NdjsonLineReader(body, maxLineBytes, rearm);
    }

    /// <summary>The request path without query, for messages.</summary>
    public string Path => _response.RequestMessage?.RequestUri?.AbsolutePath ?? "/v1/event/stream";

    public static async Task<NomadEventConnection> OpenAsync(
        HttpResponseMessage response, TimeSpan heartbeatTimeout, long maxLineBytes, NomadEventFilter? filter, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new NomadEventConnection(response, body, cancellationToken, heartbeatTimeout, maxLineBytes, filter, time);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next line. Throws only for the caller's cancellation; every unreadable line is a <see cref="NomadEventReadKind.BadFrame"/>.</summary>
    public async ValueTask<NomadEventRead> ReadAsync(CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte>? line;
        try
        {
            line = await _lines.ReadLineAsync(_idle.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
        catch (OperationCanceledException e)
        {
            return new NomadEventRead(NomadEventReadKind.Dropped, Error: new TimeoutException("No data, not even a heartbeat, within the heartbeat timeout.", e));
        }
        catch (InvalidDataException e)
        {
            // A line over the size cap: the same typed path as any other frame this client cannot read.
            return new NomadEventRead(NomadEventReadKind.BadFrame, Error: e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or ObjectDisposedException)
        {
            return new NomadEventRead(NomadEventReadKind.Dropped, Error: e);
        }

        if (line is not { } bytes)
        {
            return new NomadEventRead(NomadEventReadKind.Ended);
        }

        if (!NomadEventFrameParser.IsJsonObject(bytes.Span))
        {
            var text = Encoding.UTF8.GetString(bytes.Span[..Math.Min(bytes.Length, MaxServerTextChars * 4)]);
            return new NomadEventRead(NomadEventReadKind.ServerText, Text: ApiException.Truncate(text, MaxServerTextChars));
        }

        try
        {
            return new NomadEventRead(NomadEventReadKind.Frame, NomadEventFrameParser.Parse(bytes.Span, _filter));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or DecoderFallbackException)
        {
            // Bad JSON, invalid UTF-8 (System.Text.Json reports that as InvalidOperationException when it transcodes a
            // string) or a value of the wrong shape: all one kind, a frame this client cannot read.
            return new NomadEventRead(NomadEventReadKind.BadFrame, Error: e);
        }
    }

    public void Dispose()
    {
        _lines.Dispose();
        _body.Dispose();
        _response.Dispose();
        _idle.Dispose();
        _silence.Dispose();
    }
}
