using System.Diagnostics;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>Guards against hangs: a test fails after a generous bound instead of blocking the run.</summary>
internal static class Within
{
    /// <summary>The bound for anything the SDK should finish by itself; far above what each test needs.</summary>
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    /// <summary>Awaits <paramref name="action"/>, expecting <typeparamref name="TException"/> (or a subclass), and says how long it took.</summary>
    public static async Task<(TException Error, TimeSpan Elapsed)> ThrowsAsync<TException>(Func<Task> action)
        where TException : Exception
    {
        var clock = Stopwatch.StartNew();
        var task = action();
        await Finished(task);
        var elapsed = clock.Elapsed;
        return (await Assert.ThrowsAnyAsync<TException>(() => task), elapsed);
    }

    /// <summary>Awaits <paramref name="action"/> and says how long it took.</summary>
    public static async Task<(T Value, TimeSpan Elapsed)> RunAsync<T>(Func<Task<T>> action)
    {
        var clock = Stopwatch.StartNew();
        var task = action();
        await Finished(task);
        return (await task, clock.Elapsed);
    }

    private static async Task Finished(Task task)
    {
        // A distinct failure for a hang, so that a test expecting a TimeoutException cannot pass by hanging.
        if (await Task.WhenAny(task, Task.Delay(Generous)) != task)
        {
            Assert.Fail($"Still running after {Generous.TotalSeconds} s: the SDK hung.");
        }
    }
}
