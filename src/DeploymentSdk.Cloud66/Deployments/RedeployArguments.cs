using System.Text;

namespace DeploymentSdk.Cloud66;

/// <summary>Checks and formats the query parameters of a redeploy before anything is sent.</summary>
internal static class RedeployArguments
{
    /// <summary>
    /// Joins the entries as Cloud66's <c>services</c> parameter (<c>web:1.2,worker:1.2</c>); null when there are none.
    /// Each entry is <c>service</c> or <c>service:tag</c>; the separators must not appear inside a name or tag.
    /// </summary>
    public static string? FormatServices(IList<string>? services, string paramName)
    {
        if (services is null || services.Count == 0)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var joined = new StringBuilder();
        foreach (var entry in services)
        {
            var problem = ProblemWith(entry);
            if (problem is not null)
            {
                throw new ArgumentException(
                    $"RedeployOptions.Services entry {Describe(entry)} is not valid: {problem}. Use \"service\" or \"service:image_tag\".",
                    paramName);
            }

            var service = entry.Split(':')[0];
            if (!seen.Add(service))
            {
                throw new ArgumentException($"RedeployOptions.Services names the service \"{service}\" twice.", paramName);
            }

            joined.Append(joined.Length == 0 ? string.Empty : ",").Append(entry);
        }

        return joined.ToString();
    }

    /// <summary>Returns the reference when Cloud66 accepts it: at most 255 characters (counted as Unicode characters, as the server does).</summary>
    public static string? CheckUserReference(string? userReference, string paramName)
    {
        if (userReference is null)
        {
            return null;
        }

        var length = 0;
        foreach (var _ in userReference.EnumerateRunes())
        {
            length++;
        }

        if (length > RedeployOptions.MaxUserReferenceLength)
        {
            throw new ArgumentException(
                $"RedeployOptions.UserReference is {length} characters long; Cloud66 accepts at most {RedeployOptions.MaxUserReferenceLength}.",
                paramName);
        }

        return userReference;
    }

    private static string? ProblemWith(string? entry)
    {
        if (string.IsNullOrEmpty(entry))
        {
            return "it is empty";
        }

        foreach (var c in entry)
        {
            if (c == ',' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "it contains a comma, white space or a control character";
            }
        }

        var parts = entry.Split(':');
        return parts.Length switch
        {
            > 2 => "it has more than one ':'",
            _ when parts[0].Length == 0 => "the service name is empty",
            2 when parts[1].Length == 0 => "the image tag after ':' is empty",
            _ => null,
        };
    }

    private static string Describe(string? entry) => entry is null ? "null" : $"\"{entry}\"";
}
