namespace DeploymentSdk.Cloud66.Json;

/// <summary>The naming and equality rules the code/meaning values share.</summary>
internal static class CodedValue
{
    /// <summary>
    /// The well-known name a pair stands for: a string code is the name itself; a numeric code is explained by its
    /// meaning, which older answers fill with the same short name (<c>{"code": 1, "meaning": "success"}</c>).
    /// </summary>
    public static string NameOf(string? code, long? numericCode, string? meaning) =>
        numericCode is null ? code ?? string.Empty : meaning ?? code ?? string.Empty;

    public static bool NamesEqual(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static int HashOf(string name) => StringComparer.OrdinalIgnoreCase.GetHashCode(name);
}
