using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad.Tests;

public sealed partial class NomadConverterTests
{
    [Theory]
    [InlineData("30000000000", 30_000)]
    [InlineData("\"30000000000\"", 30_000)]
    [InlineData("0", 0)]
    [InlineData("\"0\"", 0)]
    [InlineData("-1000000", -1)]
    public void Durations_read_from_nanosecond_numbers_and_strings(string json, double milliseconds)
    {
        var value = Read<DurationHolder>($$"""{"Value":{{json}}}""").Value;

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), value);
    }

    [Fact]
    public void Durations_write_as_integer_nanoseconds_and_null_is_omitted()
    {
        Assert.Equal("""{"Value":30000000000}""", Write(new DurationHolder { Value = TimeSpan.FromSeconds(30) }));
        Assert.Equal("{}", Write(new DurationHolder()));
        Assert.Null(Read<DurationHolder>("""{"Value":null}""").Value);
    }

    [Theory]
    [InlineData("\"30s\"")]
    [InlineData("1.5")]
    [InlineData("true")]
    public void Bad_durations_are_json_errors(string json) =>
        Assert.Throws<JsonException>(() => Read<DurationHolder>($$"""{"Value":{{json}}}"""));

    [Fact]
    public void Rfc3339_times_keep_the_offset_and_up_to_seven_fraction_digits()
    {
        var value = Read<TimeHolder>("""{"Value":"2024-03-05T10:11:12.123456789-05:00"}""").Value;

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 11, 12, TimeSpan.FromHours(-5)).AddTicks(1_234_567), value);
        Assert.Equal(TimeSpan.FromHours(-5), value!.Value.Offset);
    }

    [Theory]
    [InlineData("\"2024-03-05T10:11:12Z\"", "2024-03-05T10:11:12+00:00")]
    [InlineData("\"2024-03-05T10:11:12.5+02:00\"", "2024-03-05T10:11:12.5000000+02:00")]
    public void Rfc3339_times_without_or_with_short_fractions(string json, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Read<TimeHolder>($$"""{"Value":{{json}}}""").Value);

    [Theory]
    [InlineData("null")]
    [InlineData("\"0001-01-01T00:00:00Z\"")]
    [InlineData("\"\"")]
    public void Zero_time_reads_as_null(string json) =>
        Assert.Null(Read<TimeHolder>($$"""{"Value":{{json}}}""").Value);

    [Fact]
    public void Rfc3339_times_write_back_with_their_offset()
    {
        var json = Write(new TimeHolder { Value = new DateTimeOffset(2024, 3, 5, 10, 11, 12, TimeSpan.FromHours(5.5)).AddTicks(1_000) });

        Assert.Equal("""{"Value":"2024-03-05T10:11:12.0001+05:30"}""", json);
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("12")]
    public void Bad_times_are_json_errors(string json) =>
        Assert.Throws<JsonException>(() => Read<TimeHolder>($$"""{"Value":{{json}}}"""));

    [Fact]
    public void Unix_nanoseconds_read_as_utc_and_zero_as_null()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123).AddTicks(4_567), Read<UnixHolder>("""{"Value":1700000000123456789}""").Value);
        Assert.Null(Read<UnixHolder>("""{"Value":0}""").Value);
        Assert.Equal("""{"Value":1700000000123456700}""", Write(Read<UnixHolder>("""{"Value":1700000000123456789}""")));
    }

    [Fact]
    public void Unknown_fields_round_trip_unchanged()
    {
        const string json = """{"ID":"web","Name":"web","FutureField":{"Nested":[1,2,{"x":null}]},"AnotherOne":"kept","ModifyIndex":18446744073709551615}""";

        var stub = JsonSerializer.Deserialize(json, NomadJsonContext.Default.JobListStub)!;
        var written = JsonSerializer.Serialize(stub, NomadJsonContext.Default.JobListStub);

        Assert.Equal(ulong.MaxValue, stub.ModifyIndex);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    private static T Read<T>(string json) => (T)JsonSerializer.Deserialize(json, typeof(T), TestJsonContext.Default)!;

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, typeof(T), TestJsonContext.Default);

    internal sealed class DurationHolder
    {
        public TimeSpan? Value { get; set; }
    }

    internal sealed class TimeHolder
    {
        public DateTimeOffset? Value { get; set; }
    }

    internal sealed class UnixHolder
    {
        [JsonConverter(typeof(UnixNanosecondsConverter))]
        public DateTimeOffset? Value { get; set; }
    }

    // The same options as NomadJsonContext, over test-only holder types.
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = [typeof(NanosecondDurationConverter), typeof(Rfc3339TimeConverter)])]
    [JsonSerializable(typeof(DurationHolder))]
    [JsonSerializable(typeof(TimeHolder))]
    [JsonSerializable(typeof(UnixHolder))]
    internal sealed partial class TestJsonContext : JsonSerializerContext;
}
