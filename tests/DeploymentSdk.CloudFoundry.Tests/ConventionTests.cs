using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace DeploymentSdk.CloudFoundry.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Package = typeof(CloudFoundryClient).Assembly;

    private static IEnumerable<Type> PublicTypes => Package.GetExportedTypes();

    [Fact]
    public void Every_public_async_method_takes_a_cancellation_token_last()
    {
        var methods = PublicTypes
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.Name.EndsWith("Async", StringComparison.Ordinal))
            .ToArray();

        Assert.NotEmpty(methods);
        Assert.All(methods, method =>
        {
            var last = method.GetParameters().LastOrDefault();
            Assert.True(last?.ParameterType == typeof(CancellationToken), $"{method.DeclaringType!.Name}.{method.Name} must take a CancellationToken last.");
            Assert.True(last!.HasDefaultValue, $"{method.DeclaringType!.Name}.{method.Name}: the CancellationToken must be optional.");
        });
    }

    [Fact]
    public void Every_model_is_sealed_and_keeps_unknown_fields()
    {
        var models = PublicTypes.Where(type => type.IsSubclassOf(typeof(ApiModel))).ToArray();

        Assert.NotEmpty(models);
        Assert.All(models, model => Assert.True(model.IsSealed, $"{model.Name} must be sealed."));
    }

    [Fact]
    public void Lists_return_the_core_paging_type()
    {
        var lists = PublicTypes
            .SelectMany(type => type.GetMethods())
            .Where(method => method.Name.StartsWith("List", StringComparison.Ordinal));

        Assert.All(lists, method => Assert.True(
            method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(AsyncPageable<>),
            $"{method.Name} must return AsyncPageable<T>."));
    }

    [Fact]
    public void The_public_api_matches_the_approved_file()
    {
        var api = Package.GeneratePublicApi(new ApiGeneratorOptions
        {
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
        });
        var approved = Path.Combine(SourceDirectory(), "PublicApi", "DeploymentSdk.CloudFoundry.approved.txt");
        var received = Path.ChangeExtension(approved, ".received.txt");

        var expected = File.Exists(approved) ? File.ReadAllText(approved) : string.Empty;
        if (!string.Equals(Normalize(expected), Normalize(api), StringComparison.Ordinal))
        {
            File.WriteAllText(received, api);
            Assert.Fail($"The public API changed. Review {received} and, if the change is intended, copy it over {approved}.");
        }

        File.Delete(received);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
