using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace DeploymentSdk.Cloud66.Tests;

/// <summary>The package's public surface: approved as a file, and held to the SDK's conventions.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Package = typeof(Cloud66Client).Assembly;

    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        // The registration extensions live in Microsoft.Extensions.DependencyInjection, which the generator skips by default.
        var options = new ApiGeneratorOptions { AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"] };
        var api = Package.GeneratePublicApi(options).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "DeploymentSdk.Cloud66.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        var receivedPath = Path.Combine(SourceDirectory(), "DeploymentSdk.Cloud66.received.txt");
        if (api != approved)
        {
            // Review the received file; if the change is intended, rename it over the approved one.
            File.WriteAllText(receivedPath, api);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(api == approved, $"The public API changed; compare {receivedPath} with the approved file.");
    }

    [Fact]
    public void Every_public_async_method_takes_a_cancellation_token_last()
    {
        var offenders =
            from type in Package.GetExportedTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            where method.Name.EndsWith("Async", StringComparison.Ordinal)
            let parameters = method.GetParameters()
            where parameters.Length == 0
                || parameters[^1].ParameterType != typeof(CancellationToken)
                || !parameters[^1].HasDefaultValue
            select $"{type.Name}.{method.Name}";

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_class_is_sealed_or_static()
    {
        var offenders = Package.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.Name);

        Assert.Empty(offenders);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path) is { } directory && Directory.Exists(directory) ? directory : AppContext.BaseDirectory;
}
