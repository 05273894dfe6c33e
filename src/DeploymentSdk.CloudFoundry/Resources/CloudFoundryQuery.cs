using System.Globalization;
using DeploymentSdk.Http;

namespace DeploymentSdk.CloudFoundry.Resources;

/// <summary>
/// Builds a list's query string from a typed options object, validating each value before anything is sent; and
/// checks GUIDs given as path segments.
/// </summary>
internal sealed class CloudFoundryQuery
{
    /// <summary>The largest <c>per_page</c> Cloud Foundry accepts.</summary>
    public const int MaxPerPage = 5000;

    private readonly List<KeyValuePair<string, string>> _items = [];
    private readonly string _optionsType;

    /// <param name="optionsType">The options class name, for messages (<c>AppListOptions</c>).</param>
    public CloudFoundryQuery(string optionsType) => _optionsType = optionsType;

    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    /// <summary>
    /// A GUID as one path segment. Cloud Foundry GUIDs are letters, digits and dashes; anything else (a slash, a
    /// space, a query character) is a caller's mistake and fails here, before a request is sent.
    /// </summary>
    public static string Guid(string guid, string paramName)
    {
        ArgumentNullException.ThrowIfNull(guid, paramName);
        if (!IsGuidLike(guid))
        {
            throw new ArgumentException(
                $"'{guid}' is not a Cloud Foundry GUID: expected 1 to 64 letters, digits, dashes or underscores.", paramName);
        }

        return PathSegment.Escape(guid, paramName);
    }

    /// <summary>Whether <paramref name="value"/> has the shape of a Cloud Foundry GUID.</summary>
    public static bool IsGuidLike(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 64)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    public CloudFoundryQuery Paging(int? page, int? perPage)
    {
        if (page is { } p)
        {
            if (p < 1)
            {
                throw new ArgumentOutOfRangeException("options", p, $"{_optionsType}.Page must be 1 or more.");
            }

            _items.Add(new("page", p.ToString(CultureInfo.InvariantCulture)));
        }

        if (perPage is { } size)
        {
            if (size is < 1 or > MaxPerPage)
            {
                throw new ArgumentOutOfRangeException("options", size, $"{_optionsType}.PerPage must be between 1 and {MaxPerPage}.");
            }

            _items.Add(new("per_page", size.ToString(CultureInfo.InvariantCulture)));
        }

        return this;
    }

    public CloudFoundryQuery Text(string name, string? value, string property)
    {
        if (value is null)
        {
            return this;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{_optionsType}.{property} must not be empty or white space; leave it null instead.", "options");
        }

        _items.Add(new(name, value));
        return this;
    }

    /// <summary>A relational timestamp bound, in whole seconds (Cloud Foundry rejects fractions; dropping one widens a lower bound).</summary>
    public CloudFoundryQuery Timestamp(string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            var whole = new DateTimeOffset(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            _items.Add(new(name, Json.CloudFoundryTimestampConverter.Format(whole)));
        }

        return this;
    }

    public CloudFoundryQuery Flag(string name, bool? value)
    {
        if (value is { } flag)
        {
            _items.Add(new(name, flag ? "true" : "false"));
        }

        return this;
    }

    /// <summary>A comma-separated list filter; a value that is empty or holds a comma would change the filter, so it fails.</summary>
    public CloudFoundryQuery List<T>(string name, IList<T>? values, Func<T, string?> format, string property)
    {
        if (values is null || values.Count == 0)
        {
            return this;
        }

        var texts = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var text = format(values[i]);
            if (string.IsNullOrWhiteSpace(text) || text.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"{_optionsType}.{property}[{i}] must not be empty or contain a comma (the list is sent comma-separated).", "options");
            }

            texts[i] = text;
        }

        _items.Add(new(name, string.Join(',', texts)));
        return this;
    }

    public CloudFoundryQuery Strings(string name, IList<string>? values, string property) => List(name, values, static value => value, property);

    /// <summary>A list of GUIDs: each must have the shape of a GUID.</summary>
    public CloudFoundryQuery Guids(string name, IList<string>? values, string property)
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (!IsGuidLike(values![i]))
            {
                throw new ArgumentException($"{_optionsType}.{property}[{i}] ('{values[i]}') is not a Cloud Foundry GUID.", "options");
            }
        }

        return Strings(name, values, property);
    }
}
