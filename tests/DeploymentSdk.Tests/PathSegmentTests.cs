using DeploymentSdk.Http;

namespace DeploymentSdk.Tests;

public sealed class PathSegmentTests
{
    [Theory]
    [InlineData("example/dispatch-1485408778-81644024", "example%2Fdispatch-1485408778-81644024")]
    [InlineData("a?b#c", "a%3Fb%23c")]
    [InlineData("100%", "100%25")]
    [InlineData("with space", "with%20space")]
    [InlineData("..a", "..a")]
    [InlineData("line\nbreak", "line%0Abreak")]
    public void Escapes_every_character_that_would_leave_the_segment(string value, string expected) =>
        Assert.Equal(expected, PathSegment.Escape(value, "id"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("..")]
    public void Rejects_values_that_would_change_the_path(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => PathSegment.Escape(value, "jobId"));

        Assert.Equal("jobId", error.ParamName);
    }

    [Fact]
    public void Rejects_null_naming_the_parameter() =>
        Assert.Equal("jobId", Assert.Throws<ArgumentNullException>(() => PathSegment.Escape(null!, "jobId")).ParamName);

    [Fact]
    public void Long_values_are_escaped_not_truncated()
    {
        var value = new string('x', 10_000) + "/";

        Assert.Equal(new string('x', 10_000) + "%2F", PathSegment.Escape(value, "id"));
    }
}
