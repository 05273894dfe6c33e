using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad.Tests;

/// <summary>
/// Compares JSON documents the way Nomad reads them, for round-trip tests. The differences allowed are exactly the
/// ones the SDK's models introduce on purpose:
/// <list type="bullet">
/// <item>a property that is <c>null</c> (or Go's zero time) on one side may be missing on the other (null is not written);</item>
/// <item>RFC 3339 times compare as the same instant and the same offset, to 100 ns (DateTimeOffset's precision);</item>
/// <item>a string of digits equals the number it spells (Nomad sometimes sends a duration such as <c>Delay</c> as a string);</item>
/// <item>durations at the paths a test names compare to 100 ns (TimeSpan's precision), for measured durations such as
/// <c>Metrics.AllocationTime</c> that Nomad reports to the nanosecond.</item>
/// </list>
/// Everything else (names, values, array order, unknown fields) must match.
/// </summary>
internal static class JsonSemantics
{
    /// <summary>Deserializes <paramref name="json"/> with <paramref name="typeInfo"/>, serializes it again and compares.</summary>
    public static T AssertRoundTrips<T>(string json, JsonTypeInfo<T> typeInfo, params string[] nanosecondDurationPaths)
    {
        var model = JsonSerializer.Deserialize(json, typeInfo)!;
        AssertEquivalent(json, JsonSerializer.Serialize(model, typeInfo), nanosecondDurationPaths);
        return model;
    }

    public static void AssertEquivalent(string expected, string actual, params string[] nanosecondDurationPaths)
    {
        var differences = new List<string>();
        Compare(JsonNode.Parse(expected), JsonNode.Parse(actual), "$", new HashSet<string>(nanosecondDurationPaths, StringComparer.Ordinal), differences);
        Assert.True(differences.Count == 0, "JSON differs:\n" + string.Join("\n", differences.Take(20)) + "\nActual:\n" + actual);
    }

    /// <summary>Exact structural equality, for request bodies (no field may be added or dropped).</summary>
    public static void AssertSameJson(string expected, string? actual)
    {
        Assert.NotNull(actual);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)),
            $"Expected body {expected}\nActual body   {actual}");
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, HashSet<string> durationPaths, List<string> differences)
    {
        if (IsAbsent(expected) && IsAbsent(actual))
        {
            return;
        }

        if (expected is null || actual is null)
        {
            differences.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }

        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var name in expectedObject.Select(p => p.Key).Union(actualObject.Select(p => p.Key)))
                {
                    Compare(expectedObject[name], actualObject[name], $"{path}.{name}", durationPaths, differences);
                }

                break;
            case JsonArray expectedArray when actual is JsonArray actualArray:
                if (expectedArray.Count != actualArray.Count)
                {
                    differences.Add($"{path}: expected {expectedArray.Count} items, got {actualArray.Count}");
                    break;
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", durationPaths, differences);
                }

                break;
            case JsonValue expectedValue when actual is JsonValue actualValue:
                if (!SameValue(expectedValue, actualValue, durationPaths.Contains(path)))
                {
                    differences.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
                }

                break;
            default:
                differences.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
                break;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual, bool isNanosecondDuration)
    {
        var e = expected.GetValueKind();
        var a = actual.GetValueKind();
        if (e == JsonValueKind.String && a == JsonValueKind.String)
        {
            var expectedText = expected.GetValue<string>();
            var actualText = actual.GetValue<string>();
            if (TryTime(expectedText, out var expectedTime) && TryTime(actualText, out var actualTime))
            {
                return expectedTime.EqualsExact(actualTime);
            }

            return expectedText == actualText;
        }

        if (TryNumber(expected, out var expectedNumber) && TryNumber(actual, out var actualNumber))
        {
            return isNanosecondDuration
                ? decimal.Truncate(expectedNumber / 100) == decimal.Truncate(actualNumber / 100)
                : expectedNumber == actualNumber;
        }

        return JsonNode.DeepEquals(expected, actual);
    }

    private static bool IsAbsent(JsonNode? node) =>
        node is null || (node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().StartsWith("0001-01-01T00:00:00", StringComparison.Ordinal));

    private static bool TryTime(string text, out DateTimeOffset time)
    {
        var parsed = text.Length >= 20 && text[4] == '-' && text[10] == 'T' ? Rfc3339TimeConverter.Parse(text) : null;
        time = parsed ?? default;
        return parsed is not null;
    }

    private static bool TryNumber(JsonValue value, out decimal number)
    {
        number = 0;
        return value.GetValueKind() switch
        {
            JsonValueKind.Number => decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            JsonValueKind.String => value.GetValue<string>() is { Length: > 0 } s && s.All(char.IsAsciiDigit)
                && decimal.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "(missing)";
}
