using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.CloudFoundry.Json;

/// <summary>
/// Cloud Foundry timestamps: read any RFC 3339 time; write UTC as <c>YYYY-MM-DDThh:mm:ssZ</c>, the API's own format
/// (with a fraction only when there is one), so a model read from the server writes back the same text.
/// </summary>
internal sealed class CloudFoundryTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <summary>The API's format: UTC, whole seconds unless <paramref name="value"/> has a fraction.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(
            value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
            CultureInfo.InvariantCulture);
}
