using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace DeploymentSdk.Testing;

/// <summary>
/// Compares an assembly's public API with the approved file kept beside the test; on a difference it writes a
/// <c>.received.txt</c> next to it for review (rename it over the approved file when the change is intended).
/// </summary>
internal static class PublicApiApproval
{
    public static void Verify(Assembly assembly, [CallerFilePath] string callerPath = "")
    {
        var name = assembly.GetName().Name!;
        // The registration extensions live in Microsoft.Extensions.DependencyInjection, which the generator skips by default.
        // Compiler-generated state machine names change with unrelated edits, so they are left out.
        var options = new ApiGeneratorOptions
        {
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
            ExcludeAttributes =
            [
                "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
                "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
                "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
            ],
        };
        var api = assembly.GeneratePublicApi(options).ReplaceLineEndings("\n");
        var directory = Path.GetDirectoryName(callerPath) is { } d && Directory.Exists(d) ? d : AppContext.BaseDirectory;
        var approvedPath = Path.Combine(directory, $"{name}.approved.txt");
        var receivedPath = Path.Combine(directory, $"{name}.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (api == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, api);
        Assert.Fail($"The public API of {name} changed; review {receivedPath} and rename it over {approvedPath} if intended.");
    }

    /// <summary>Every public async method takes a defaulted CancellationToken last.</summary>
    public static IEnumerable<string> AsyncMethodsWithoutCancellation(Assembly assembly) =>
        from type in assembly.GetExportedTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        where method.Name.EndsWith("Async", StringComparison.Ordinal)
        let parameters = method.GetParameters()
        where parameters.Length == 0
            || parameters[^1].ParameterType != typeof(CancellationToken)
            || !parameters[^1].HasDefaultValue
        select $"{type.Name}.{method.Name}";

    /// <summary>Public classes are sealed, static or abstract (models and clients are not meant to be derived from).</summary>
    public static IEnumerable<string> UnsealedClasses(Assembly assembly, params Type[] allowed) =>
        assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !allowed.Contains(t.IsGenericType ? t.GetGenericTypeDefinition() : t))
            .Select(t => t.FullName!);
}
