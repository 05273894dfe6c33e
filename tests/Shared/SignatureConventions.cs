using System.Reflection;

namespace DeploymentSdk.Tests.Shared;

/// <summary>
/// The 1.0 signature and namespace rules, checked by reflection over a package's exported types: required arguments,
/// at most one per-call options object, then an optional CancellationToken last; one public namespace per package.
/// </summary>
internal static class SignatureConventions
{
    private static readonly Type[] Primitives =
        [typeof(bool), typeof(string), typeof(int), typeof(long), typeof(uint), typeof(ulong), typeof(double), typeof(TimeSpan)];

    /// <summary>Public methods that take a CancellationToken anywhere but last, or as a required parameter.</summary>
    public static IEnumerable<string> TokenNotLast(Assembly assembly) =>
        PublicMethods(assembly)
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Where(m => m.GetParameters()[^1].ParameterType != typeof(CancellationToken) || !m.GetParameters()[^1].HasDefaultValue)
            .Select(Describe);

    /// <summary>Public async methods with an optional primitive (bool, string, number, enum) before the token.</summary>
    public static IEnumerable<string> OptionalPrimitiveBeforeToken(Assembly assembly) =>
        AsyncMethods(assembly)
            .Where(m => m.GetParameters().Any(p => p.HasDefaultValue && p.ParameterType != typeof(CancellationToken) && IsPrimitive(p.ParameterType)))
            .Select(Describe);

    /// <summary>Public async methods with more than one optional parameter before the token (one options object at most).</summary>
    public static IEnumerable<string> MoreThanOneOptionsObject(Assembly assembly) =>
        AsyncMethods(assembly)
            .Where(m => m.GetParameters().Count(p => p.HasDefaultValue && p.ParameterType != typeof(CancellationToken)) > 1)
            .Select(Describe);

    /// <summary>Exported types outside the package's root namespace and the DI extensions' namespace.</summary>
    public static IEnumerable<string> OutsideNamespaces(Assembly assembly, string root) =>
        assembly.GetExportedTypes()
            .Where(t => t.Namespace != root && t.Namespace != "Microsoft.Extensions.DependencyInjection")
            .Select(t => t.FullName!);

    /// <summary>
    /// Client options that leave the shared shape: every public <c>*ClientOptions</c> type derives from
    /// <see cref="ApiClientOptions"/> and declares no second name for a shared concept (address, credential, timeout,
    /// response limit) and no second address.
    /// </summary>
    public static IEnumerable<string> OptionsOutsideSharedNames(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes().Where(t => t.IsClass && t.Name.EndsWith("ClientOptions", StringComparison.Ordinal)))
        {
            if (!type.IsSubclassOf(typeof(ApiClientOptions)))
            {
                yield return $"{type.Name} does not derive from {nameof(ApiClientOptions)}";
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (SharedConceptSynonyms.Contains(property.Name) || typeof(ApiClientOptions).GetProperty(property.Name) is not null)
                {
                    yield return $"{type.Name}.{property.Name} renames or hides a shared option of {nameof(ApiClientOptions)}";
                }
                else if (property.PropertyType == typeof(Uri))
                {
                    yield return $"{type.Name}.{property.Name} is a second address; the API's address is {nameof(ApiClientOptions.Address)}";
                }
            }
        }
    }

    /// <summary>Names other SDKs use for the shared options; a provider that declares one splits the vocabulary.</summary>
    private static readonly HashSet<string> SharedConceptSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "ApiAddress", "BaseAddress", "BaseUrl", "BaseUri", "Endpoint", "Url", "Uri", "Host", "Server",
        "AccessToken", "AccessTokenProvider", "ApiToken", "ApiKey", "Credential", "Credentials", "BearerToken",
        "Timeout", "HttpTimeout", "CallTimeout", "MaxBodyBytes", "MaxResponseSize", "MaxResponseContentBufferSize",
        "MaxConnections",
    };

    private static IEnumerable<MethodInfo> AsyncMethods(Assembly assembly) =>
        PublicMethods(assembly).Where(m => m.GetParameters().LastOrDefault()?.ParameterType == typeof(CancellationToken));

    private static IEnumerable<MethodInfo> PublicMethods(Assembly assembly) =>
        assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName);

    private static bool IsPrimitive(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || Primitives.Contains(t);
    }

    private static string Describe(MethodInfo m) =>
        $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})";
}
