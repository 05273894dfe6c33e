using DeploymentSdk.CloudFoundry;

namespace DeploymentSdk.Samples.CloudFoundry;

/// <summary>The sample's command line: <c>[--app NAME] [--space NAME] [--strategy rolling|canary] [--rollback]</c>.</summary>
internal sealed record Arguments(string App, string Space, DeploymentStrategy Strategy, bool Rollback)
{
    public const string Usage = "Usage: CloudFoundry.Sample [--app NAME] [--space NAME] [--strategy rolling|canary] [--rollback] (defaults: demo-app, demo-space, rolling)";

    /// <summary>Parses <paramref name="args"/>; false with a null error for --help, false with the reason for bad arguments.</summary>
    public static bool TryParse(string[] args, out Arguments arguments, out string? error)
    {
        arguments = new Arguments("demo-app", "demo-space", DeploymentStrategy.Rolling, false);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            switch (args[i])
            {
                case "--help" or "-h":
                    return false;
                case "--rollback":
                    arguments = arguments with { Rollback = true };
                    break;
                case "--app" or "--space" or "--strategy" when Value() is not { Length: > 0 } value:
                    error = $"{args[i]} needs a value.";
                    return false;
                case "--app":
                    arguments = arguments with { App = args[i] };
                    break;
                case "--space":
                    arguments = arguments with { Space = args[i] };
                    break;
                case "--strategy" when args[i] is "rolling" or "canary":
                    arguments = arguments with { Strategy = new DeploymentStrategy(args[i]) };
                    break;
                case "--strategy":
                    error = $"Unknown strategy '{args[i]}': expected rolling or canary.";
                    return false;
                default:
                    error = $"Unknown argument '{args[i]}'.";
                    return false;
            }
        }

        return true;
    }
}
