using System.Buffers;

namespace DeploymentSdk.Nomad.Events;

/// <summary>
/// Splits a response stream into lines as bytes arrive, holding at most one line (plus one read) in a pooled buffer:
/// the stream is never buffered whole. A line may span any number of reads.
/// </summary>
internal sealed class NdjsonLineReader : IDisposable
{
    private const int InitialSize = 16 * 1024;

    private readonly Stream _stream;
    private readonly long _maxLineBytes;
    private readonly Action? _beforeRead;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;

    /// <param name="stream">The response body.</param>
    /// <param name="maxLineBytes">The longest line accepted.</param>
    /// <param name="beforeRead">Called before each read from the stream (re-arms an idle timer).</param>
    public NdjsonLineReader(Stream stream, long maxLineBytes, Action? beforeRead = null)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _beforeRead = beforeRead;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    }

    /// <summary>
    /// The next non-empty line without its terminator, valid until the next call; <see langword="null"/> at the end of
    /// the stream. Text after the last newline is returned as a final line (an error message a server appended).
    /// </summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = _scanned + newline;
                var line = Trim(_start, lineEnd);
                _start = _scanned = lineEnd + 1;
                if (!line.IsEmpty)
                {
                    return line;
                }

                continue;
            }

            _scanned = _end;
            if (_eof)
            {
                var rest = Trim(_start, _end);
                _start = _scanned = _end;
                // Not "rest.IsEmpty ? null : rest": null would convert to an empty ReadOnlyMemory, never to "no line".
                if (rest.IsEmpty)
                {
                    return null;
                }

                return rest;
            }

            MakeRoom();
            _beforeRead?.Invoke();
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private ReadOnlyMemory<byte> Trim(int start, int end)
    {
        while (start < end && IsBlank(_buffer[start]))
        {
            start++;
        }

        while (end > start && IsBlank(_buffer[end - 1]))
        {
            end--;
        }

        return _buffer.AsMemory(start, end - start);
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>Frees space after the data: moves the partial line to the front, or grows the buffer up to the line cap.</summary>
    private void MakeRoom()
    {
        if (_start > 0)
        {
            var length = _end - _start;
            _buffer.AsSpan(_start, length).CopyTo(_buffer);
            _scanned -= _start;
            _end = length;
            _start = 0;
        }

        if (_end < _buffer.Length)
        {
            return;
        }

        if (_buffer.Length >= _maxLineBytes)
        {
            throw new InvalidDataException(
                $"an event-stream line is longer than {_maxLineBytes} bytes (NomadClientOptions.MaxResponseBytes).");
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Min((long)_buffer.Length * 2, _maxLineBytes), Array.MaxLength));
        _buffer.AsSpan(0, _end).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
