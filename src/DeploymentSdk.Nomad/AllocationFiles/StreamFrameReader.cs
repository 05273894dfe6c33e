using System.Buffers;
using System.Text.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>
/// Reads Nomad's stream frames: JSON objects one after another, with or without whitespace between them, split across
/// reads anywhere. Holds at most one frame (plus one read) in a pooled buffer.
/// </summary>
internal sealed class StreamFrameReader : IDisposable
{
    private const int InitialSize = 32 * 1024;

    // Nomad's frames carry at most 64 KiB of data (about 88 KiB as base64 JSON); anything far larger is not a frame.
    private const int MaxFrameBytes = 4 * 1024 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;

    public StreamFrameReader(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    }

    /// <summary>The next frame; <see langword="null"/> at a clean end of the stream.</summary>
    /// <exception cref="IOException">The stream ended in the middle of a frame.</exception>
    /// <exception cref="InvalidDataException">The stream holds something other than frames (an error text).</exception>
    public async ValueTask<StreamFrame?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            SkipWhitespace();
            if (_start < _end && TryParse(out var frame))
            {
                return frame;
            }

            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                SkipWhitespace();
                if (_start == _end)
                {
                    return null;
                }

                throw new IOException("The stream ended in the middle of a frame.");
            }
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private bool TryParse(out StreamFrame? frame)
    {
        frame = null;
        var span = _buffer.AsSpan(_start, _end - _start);
        if (span[0] != (byte)'{')
        {
            throw new InvalidDataException("The stream holds something other than Nomad frames: " + Excerpt(span));
        }

        var reader = new Utf8JsonReader(span, isFinalBlock: false, state: default);
        bool complete;
        try
        {
            complete = reader.Read() && reader.TrySkip();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("A stream frame is not valid JSON.", e);
        }

        if (!complete)
        {
            return false;
        }

        var length = (int)reader.BytesConsumed;
        try
        {
            frame = JsonSerializer.Deserialize(span[..length], NomadJsonContext.Default.StreamFrame) ?? new StreamFrame();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("A stream frame does not have Nomad's shape.", e);
        }

        _start += length;
        return true;
    }

    private void SkipWhitespace()
    {
        while (_start < _end && _buffer[_start] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            _start++;
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxFrameBytes)
            {
                throw new InvalidDataException($"A stream frame is larger than {MaxFrameBytes} bytes.");
            }

            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }

    private static string Excerpt(ReadOnlySpan<byte> bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 200)]).Trim();
}
