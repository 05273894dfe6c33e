using System.Reflection;

namespace DeploymentSdk.Tests.Shared;

/// <summary>
/// The 1.0 public-API rules (see CONTRIBUTING.md, "Public API") over every exported type of one package; each provider's
/// test project runs them by deriving a sealed class that names its package.
/// </summary>
/// <param name="package">The package's assembly.</param>
/// <param name="rootNamespace">The one namespace its public types live in.</param>
public abstract class ConventionTestsBase(Assembly package, string rootNamespace)
{
    [Fact]
    public void The_cancellation_token_is_last_and_optional_everywhere() =>
        Assert.Empty(SignatureConventions.TokenNotLast(package));

    [Fact]
    public void No_optional_primitive_comes_before_the_cancellation_token() =>
        Assert.Empty(SignatureConventions.OptionalPrimitiveBeforeToken(package));

    [Fact]
    public void At_most_one_options_object_comes_before_the_cancellation_token() =>
        Assert.Empty(SignatureConventions.MoreThanOneOptionsObject(package));

    [Fact]
    public void Every_public_type_is_in_the_package_namespace() =>
        Assert.Empty(SignatureConventions.OutsideNamespaces(package, rootNamespace));

    [Fact]
    public void Client_options_use_the_shared_names() =>
        Assert.Empty(SignatureConventions.OptionsOutsideSharedNames(package));

    [Fact]
    public void Every_entry_point_watch_follower_and_paging_list_has_an_example() =>
        AssertNone(DocumentationConventions.EntryPointsWithoutExample(package));

    [Fact]
    public void Every_async_client_method_documents_the_exceptions_to_catch() =>
        AssertNone(DocumentationConventions.AsyncMethodsWithoutExceptions(package));

    // One line per violation: Assert.Empty would cut the list to a few truncated entries.
    private static void AssertNone(IEnumerable<string> violations)
    {
        var list = violations.ToList();
        Assert.True(list.Count == 0, $"{list.Count} violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, list)}");
    }
}
