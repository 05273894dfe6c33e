using DeploymentSdk.Http;

namespace DeploymentSdk.Tests;

/// <summary>Input that cannot be sent as written is refused before a request exists, naming what is wrong.</summary>
public sealed class InputValidationTests
{
    // char[], not string: the compiler stores attribute strings as UTF-8, which turns a lone surrogate into U+FFFD.
    [Theory]
    [InlineData(new[] { 'j', 'o', 'b', '\uD800' })]      // a high surrogate with nothing after it
    [InlineData(new[] { '\uDC00', 'j', 'o', 'b' })]      // a low surrogate with nothing before it
    [InlineData(new[] { 'a', '\uDE80', '\uD83D', 'b' })] // a pair in the wrong order
    public void Path_segments_with_a_lone_surrogate_are_rejected_naming_the_parameter(char[] chars)
    {
        var value = new string(chars);

        // Uri.EscapeDataString would send U+FFFD (%EF%BF%BD) instead: a request for another object.
        var error = Assert.Throws<ArgumentException>(() => PathSegment.Escape(value, "jobId"));

        Assert.Equal("jobId", error.ParamName);
        Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_segments_with_surrogate_pairs_are_escaped_as_utf8() =>
        Assert.Equal("deploy-%F0%9F%9A%80", PathSegment.Escape("deploy-\U0001F680", "jobId"));

    [Fact]
    public void Query_values_with_a_lone_surrogate_are_rejected_naming_the_query_parameter()
    {
        var request = new ApiRequest(HttpMethod.Get, "v1/jobs");

        var error = Assert.Throws<ArgumentException>(() => request.AddQuery("prefix", "web\uD800"));

        Assert.Equal("prefix", error.ParamName);
        Assert.Empty(request.Query);
    }

    [Fact]
    public void Query_values_are_escaped_so_they_cannot_add_parameters()
    {
        var request = new ApiRequest(HttpMethod.Get, "v1/jobs")
            .AddQuery("prefix", "a&index=1#frag")
            .AddQuery("filter", "Name == \"\U0001F680 x\"");

        Assert.Equal("v1/jobs?prefix=a%26index%3D1%23frag&filter=Name%20%3D%3D%20%22%F0%9F%9A%80%20x%22", request.BuildRelativeUri());
    }

    [Theory]
    [InlineData("a\r\nX-Injected: 1")] // .NET would send this as two header lines
    [InlineData("a\nb")]
    [InlineData("a\0b")]
    [InlineData("a\u007Fb")]
    [InlineData("tök")]                // .NET refuses non-ASCII at send time, as a transport error that is retried
    public void Header_values_that_http_cannot_carry_are_rejected_naming_the_header(string value)
    {
        var request = new ApiRequest(HttpMethod.Get, "v1/jobs");

        var error = Assert.Throws<ArgumentException>(() => request.AddHeader("X-Custom", value));

        Assert.Equal("X-Custom", error.ParamName);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        Assert.Empty(request.ToHttpRequestMessage(new Uri("http://127.0.0.1/")).Headers);
    }

    [Theory]
    [InlineData("X Custom")]
    [InlineData("X-Custom:")]
    [InlineData("X-Cüstom")]
    public void Header_names_that_are_not_http_tokens_are_rejected(string name) =>
        Assert.Equal(name, Assert.Throws<ArgumentException>(() => new ApiRequest(HttpMethod.Get, "v1/jobs").AddHeader(name, "v")).ParamName);

    [Fact]
    public void Header_values_with_spaces_tabs_and_punctuation_are_sent_as_they_are()
    {
        using var message = new ApiRequest(HttpMethod.Get, "v1/jobs").AddHeader("X-Custom", "a b\tc;d=\"e\"").ToHttpRequestMessage(new Uri("http://127.0.0.1/"));

        Assert.Equal("a b\tc;d=\"e\"", Assert.Single(message.Headers.GetValues("X-Custom")));
    }
}
