namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>
/// <c>--quick</c> proves the benchmarks build and run, nothing more: it sets an environment variable (seen in-process and
/// by any child process) that shrinks the largest parameters, so the whole run stays within a CI budget.
/// </summary>
internal static class QuickMode
{
    public const string Variable = "DEPLOYMENTSDK_BENCHMARKS_QUICK";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public static void Enable() => Environment.SetEnvironmentVariable(Variable, "1");
}
