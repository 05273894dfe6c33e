using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace DeploymentSdk.Tests.Shared;

/// <summary>
/// The documentation rules of CONTRIBUTING.md ("Public API"), checked against the XML documentation file the compiler
/// writes next to a package's assembly: every entry point, watch, follower and paging list shows an <c>&lt;example&gt;</c>,
/// and every async method of a public client interface says, with <c>&lt;exception&gt;</c>, what a caller must catch.
/// </summary>
internal static class DocumentationConventions
{
    /// <summary>
    /// Entry points (<c>Create</c>, <c>Add…Client</c>), watches (<c>Watch…Async</c>), followers (<c>Follow…Async</c>,
    /// <c>DeployAsync</c>, <c>WaitForCompletionAsync</c>, <c>CreateFollower</c>) and paging lists (<c>ListAsync</c>
    /// returning <see cref="AsyncPageable{T}"/>) without an <c>&lt;example&gt;</c>. The overloads of one
    /// <c>Add…Client</c> share one example (on the primary overload); every other method needs its own.
    /// </summary>
    public static IEnumerable<string> EntryPointsWithoutExample(Assembly assembly)
    {
        var docs = Load(assembly);
        foreach (var family in PublicMethods(assembly).Where(IsEntryPoint).GroupBy(m => (m.DeclaringType, m.Name)))
        {
            var undocumented = family.Where(m => docs.Member(m)?.Element("example") is null).ToList();
            var sharesOneExample = IsAddClient(family.Key.Name) && undocumented.Count < family.Count();
            if (!sharesOneExample)
            {
                foreach (var method in undocumented)
                {
                    yield return $"{Describe(method)} has no <example> ({DocumentationId(method)})";
                }
            }
        }
    }

    /// <summary>
    /// Async methods (a <see cref="CancellationToken"/> last) of the package's public interfaces without an
    /// <c>&lt;exception&gt;</c> for the provider's exception type (the package's one <c>…ApiException</c>) or for
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public static IEnumerable<string> AsyncMethodsWithoutExceptions(Assembly assembly)
    {
        var docs = Load(assembly);
        var providerExceptions = assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(ApiException)) && t.Name.EndsWith("ApiException", StringComparison.Ordinal))
            .ToList();
        if (providerExceptions.Count != 1)
        {
            yield return $"{assembly.GetName().Name} exports {providerExceptions.Count} …ApiException types; the rule expects exactly one";
            yield break;
        }

        var required = new[] { providerExceptions[0], typeof(OperationCanceledException) };
        var methods = assembly.GetExportedTypes()
            .Where(t => t.IsInterface)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.GetParameters().LastOrDefault()?.ParameterType == typeof(CancellationToken));
        foreach (var method in methods)
        {
            var documented = docs.Member(method)?.Elements("exception").Select(e => (string?)e.Attribute("cref")).ToHashSet() ?? [];
            foreach (var exception in required.Where(e => !documented.Contains("T:" + e.FullName)))
            {
                yield return $"{Describe(method)} has no <exception cref=\"{exception.Name}\">";
            }
        }
    }

    private static bool IsEntryPoint(MethodInfo m) =>
        m.Name is "Create" or "DeployAsync" or "WaitForCompletionAsync" or "CreateFollower"
        || IsAddClient(m.Name)
        || (m.Name.StartsWith("Watch", StringComparison.Ordinal) && m.Name.EndsWith("Async", StringComparison.Ordinal))
        || (m.Name.StartsWith("Follow", StringComparison.Ordinal) && m.Name.EndsWith("Async", StringComparison.Ordinal))
        || (m.Name == "ListAsync" && m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(AsyncPageable<>));

    private static bool IsAddClient(string name) =>
        name.StartsWith("Add", StringComparison.Ordinal) && name.EndsWith("Client", StringComparison.Ordinal);

    private static IEnumerable<MethodInfo> PublicMethods(Assembly assembly) =>
        assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName);

    private static DocumentationFile Load(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(path), $"{path} is missing: the package must set GenerateDocumentationFile, and the test project copies it next to the assembly.");
        return new DocumentationFile(XDocument.Load(path));
    }

    private sealed class DocumentationFile(XDocument document)
    {
        private readonly Dictionary<string, XElement> members = document.Root!.Element("members")!.Elements("member")
            .ToDictionary(e => (string)e.Attribute("name")!, StringComparer.Ordinal);

        public XElement? Member(MethodInfo method) => members.GetValueOrDefault(DocumentationId(method));
    }

    /// <summary>The ID the C# compiler gives a method in the XML documentation file (ECMA-334 annex D).</summary>
    internal static string DocumentationId(MethodInfo method)
    {
        var id = new StringBuilder("M:").Append(TypeId(method.DeclaringType!)).Append('.').Append(method.Name);
        if (method.IsGenericMethod)
        {
            id.Append("``").Append(method.GetGenericArguments().Length);
        }

        var parameters = method.GetParameters();
        if (parameters.Length > 0)
        {
            id.Append('(').AppendJoin(',', parameters.Select(p => ParameterTypeId(p.ParameterType))).Append(')');
        }

        return id.ToString();
    }

    private static string TypeId(Type type) =>
        type.IsNested ? TypeId(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;

    private static string ParameterTypeId(Type type)
    {
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsByRef)
        {
            return ParameterTypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterTypeId(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        var name = type.IsNested ? ParameterTypeId(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.LastIndexOf('`');
        return (tick < 0 ? name : name[..tick]) + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterTypeId)) + "}";
    }

    private static string Describe(MethodInfo m) =>
        $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})";
}
