namespace DeploymentSdk.Samples;

/// <summary>How the demo server runs: how fast the simulation moves and how long it holds a blocking query.</summary>
public sealed class DemoServerOptions
{
    /// <summary>
    /// How often the simulation takes a step (an allocation starts, becomes healthy, a deployment moves on).
    /// Default 1 second; <see langword="null"/> moves it only when <see cref="DemoServer.Step"/> is called (tests).
    /// </summary>
    public TimeSpan? StepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest a blocking query is held before it is answered unchanged, whatever <c>wait</c> asked for (Nomad
    /// allows answering early). Default 10 seconds, so a sample that stops waits little.
    /// </summary>
    public TimeSpan MaxBlockingWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The loopback port to listen on; <see langword="null"/> picks a free one.</summary>
    public int? Port { get; set; }

    /// <summary>The clock of the simulation's timestamps and step timer.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
