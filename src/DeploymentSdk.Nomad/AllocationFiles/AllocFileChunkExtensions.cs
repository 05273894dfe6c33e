using System.Runtime.CompilerServices;
using System.Text;

namespace DeploymentSdk.Nomad;

/// <summary>Text from streamed files and logs.</summary>
public static class AllocFileChunkExtensions
{
    /// <summary>
    /// Turns chunks into lines of UTF-8 text: a character split across chunks stays whole, <c>\r\n</c> and <c>\n</c> end a
    /// line, and the text after the last newline is a last line when the stream ends. A truncation or deletion ends the
    /// pending line. Memory stays bounded: a line longer than <paramref name="maxLineLength"/> characters is cut into pieces.
    /// </summary>
    /// <param name="chunks">The chunks, from <see cref="INomadAllocationFilesClient.LogsAsync"/> or <see cref="INomadAllocationFilesClient.StreamAsync"/>.</param>
    /// <param name="maxLineLength">The longest line returned whole, in characters; more than 0.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The lines without their terminators.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chunks"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineLength"/> is 0 or less.</exception>
    public static IAsyncEnumerable<string> ReadLinesAsync(this IAsyncEnumerable<AllocFileChunk> chunks, int maxLineLength, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineLength);
        return ReadLinesCoreAsync(chunks, maxLineLength, cancellationToken);
    }

    /// <summary>
    /// Turns chunks into lines of UTF-8 text, as <see cref="ReadLinesAsync(IAsyncEnumerable{AllocFileChunk}, int, CancellationToken)"/>
    /// with lines of up to 64 Ki characters.
    /// </summary>
    /// <param name="chunks">The chunks, from <see cref="INomadAllocationFilesClient.LogsAsync"/> or <see cref="INomadAllocationFilesClient.StreamAsync"/>.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The lines without their terminators.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chunks"/> is null.</exception>
    public static IAsyncEnumerable<string> ReadLinesAsync(this IAsyncEnumerable<AllocFileChunk> chunks, CancellationToken cancellationToken = default) =>
        ReadLinesAsync(chunks, 64 * 1024, cancellationToken);

    private static async IAsyncEnumerable<string> ReadLinesCoreAsync(IAsyncEnumerable<AllocFileChunk> chunks, int maxLineLength, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A decoder keeps the first bytes of a character that the next chunk completes; invalid bytes become U+FFFD.
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetDecoder();
        var chars = new char[4096];
        var line = new StringBuilder();
        var lines = new List<string>();
        await foreach (var chunk in chunks.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (chunk.Event is not null)
            {
                Flush(decoder, chars, line, lines, maxLineLength);
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
            }
            else
            {
                var data = chunk.Data;
                while (!data.IsEmpty)
                {
                    var take = Math.Min(data.Length, chars.Length - 4);
                    var count = decoder.GetChars(data.Span[..take], chars, flush: false);
                    Split(chars.AsSpan(0, count), line, lines, maxLineLength);
                    data = data[take..];
                }
            }

            foreach (var text in lines)
            {
                yield return text;
            }

            lines.Clear();
        }

        Flush(decoder, chars, line, lines, maxLineLength);
        foreach (var text in lines)
        {
            yield return text;
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static void Flush(Decoder decoder, char[] chars, StringBuilder line, List<string> lines, int maxLineLength)
    {
        var count = decoder.GetChars([], chars, flush: true);
        Split(chars.AsSpan(0, count), line, lines, maxLineLength);
    }

    private static void Split(ReadOnlySpan<char> text, StringBuilder line, List<string> lines, int maxLineLength)
    {
        while (!text.IsEmpty)
        {
            var newline = text.IndexOf('\n');
            var part = newline < 0 ? text : text[..newline];
            while (line.Length + part.Length > maxLineLength)
            {
                var room = maxLineLength - line.Length;
                line.Append(part[..room]);
                lines.Add(line.ToString());
                line.Clear();
                part = part[room..];
            }

            line.Append(part);
            if (newline < 0)
            {
                return;
            }

            if (line.Length > 0 && line[^1] == '\r')
            {
                line.Length--;
            }

            lines.Add(line.ToString());
            line.Clear();
            text = text[(newline + 1)..];
        }
    }
}
