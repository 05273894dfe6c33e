namespace DeploymentSdk.Nomad.Tests.Events;

public sealed class EventStreamOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new NomadEventStreamOptions();

        Assert.Empty(options.Topics);
        Assert.Null(options.Namespace);
        Assert.Null(options.Region);
        Assert.Null(options.StartIndex);
        Assert.Equal(TimeSpan.FromSeconds(90), options.HeartbeatTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.MinReconnectDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxReconnectDelay);
    }

    [Fact]
    public void AddTopic_writes_topic_and_key_with_the_wildcard_by_default()
    {
        var options = new NomadEventStreamOptions()
            .AddTopic(NomadEventTopic.Deployment)
            .AddTopic(NomadEventTopic.Job, "web");

        Assert.Equal(["Deployment:*", "Job:web"], options.Topics);
    }

    [Theory]
    [InlineData("Job:web:extra")]
    [InlineData("Job:")]
    [InlineData(":web")]
    [InlineData("")]
    public void Malformed_topics_are_rejected_before_any_request(string topic)
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri("http://127.0.0.1:9"), static _ => null);
        var options = new NomadEventStreamOptions();
        options.Topics.Add(topic);

        var error = Assert.Throws<ArgumentException>(() => nomad.Events.StreamAsync(options));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("Topic:Key", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => nomad.Events.CreateFollower(options));
    }

    [Fact]
    public void Out_of_range_delays_and_timeouts_are_rejected()
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri("http://127.0.0.1:9"), static _ => null);

        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => nomad.Events.StreamAsync(new() { HeartbeatTimeout = TimeSpan.Zero })).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => nomad.Events.StreamAsync(new() { MinReconnectDelay = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => nomad.Events.StreamAsync(new() { MinReconnectDelay = TimeSpan.FromSeconds(5), MaxReconnectDelay = TimeSpan.FromSeconds(1) }));
        Assert.Throws<ArgumentNullException>(() => nomad.Events.CreateFollower(null!));
        _ = nomad.Events.StreamAsync(new() { HeartbeatTimeout = Timeout.InfiniteTimeSpan });
    }
}
