using System.Numerics;
using System.Runtime.InteropServices;

namespace DeploymentSdk.Json;

/// <summary>
/// A small, fixed-size, lock-free cache from a JSON string's UTF-8 bytes to the value read from it, so that a value a
/// list repeats thousands of times (a namespace, a job ID, a status word, a task event's message) is materialised once.
/// </summary>
/// <remarks>
/// Direct-mapped: a value hashes to one of <see cref="Slots"/> slots and replaces whatever was there, so memory is bounded
/// (at most <see cref="Slots"/> values of at most <see cref="MaxLength"/> bytes) whatever a server sends, and a value that
/// stops repeating is evicted by the next one. Entries are immutable and swapped whole, so concurrent readers never see a
/// torn entry; a lost race only costs one allocation.
/// </remarks>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class Utf8ValueCache<T>
{
    /// <summary>The number of slots.</summary>
    public const int Slots = 1 << SlotBits;

    private const int SlotBits = 8;

    /// <summary>The longest value, in UTF-8 bytes, that is cached; longer values are rarely repeated verbatim.</summary>
    public const int MaxLength = 96;

    private readonly Entry?[] _entries = new Entry?[Slots];

    /// <summary>Finds the value cached for <paramref name="utf8"/>.</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8, out T value)
    {
        if (utf8.Length <= MaxLength && _entries[SlotOf(utf8)] is { } entry && utf8.SequenceEqual(entry.Utf8))
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Caches <paramref name="value"/> for <paramref name="utf8"/>, replacing the slot's previous value.</summary>
    public void Add(ReadOnlySpan<byte> utf8, T value)
    {
        if (utf8.Length <= MaxLength)
        {
            _entries[SlotOf(utf8)] = new Entry(utf8.ToArray(), value);
        }
    }

    // Constant time whatever the length: the length and the first and last eight bytes (overlapping when shorter) pick
    // the slot. Values that differ only in the middle share a slot, which costs a miss, never a wrong value: a hit
    // still compares every byte.
    private static int SlotOf(ReadOnlySpan<byte> utf8)
    {
        ulong mix;
        if (utf8.Length >= sizeof(ulong))
        {
            mix = MemoryMarshal.Read<ulong>(utf8) ^ BitOperations.RotateLeft(MemoryMarshal.Read<ulong>(utf8[^sizeof(ulong)..]), 29);
        }
        else if (utf8.Length >= sizeof(uint))
        {
            mix = MemoryMarshal.Read<uint>(utf8) | ((ulong)MemoryMarshal.Read<uint>(utf8[^sizeof(uint)..]) << 32);
        }
        else
        {
            mix = 0;
            foreach (var b in utf8)
            {
                mix = (mix << 8) | b;
            }
        }

        mix ^= (ulong)utf8.Length << 56;
        return (int)((mix * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
    }

    private sealed record Entry(byte[] Utf8, T Value);
}
