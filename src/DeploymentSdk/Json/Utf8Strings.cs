using System.Text.Json;

namespace DeploymentSdk.Json;

/// <summary>Reads a JSON string token through a <see cref="Utf8ValueCache{T}"/>.</summary>
internal static class Utf8Strings
{
    /// <summary>
    /// The cached value for the current string token, or <paramref name="create"/> of its text (then cached). Escaped
    /// or segmented tokens skip the cache: their bytes are not the text.
    /// </summary>
    public static T Read<T>(ref Utf8JsonReader reader, Utf8ValueCache<T> cache, Func<string, T> create)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return create(reader.GetString()!);
        }

        var utf8 = reader.ValueSpan;
        if (cache.TryGet(utf8, out var value))
        {
            return value;
        }

        value = create(reader.GetString()!);
        cache.Add(utf8, value);
        return value;
    }
}
