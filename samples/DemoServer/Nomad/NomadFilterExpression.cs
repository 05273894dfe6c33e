using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// The part of Nomad's <c>filter</c> language (go-bexpr) the demo understands: <c>==</c>, <c>!=</c>, <c>contains</c>,
/// <c>in</c>, <c>not in</c>, <c>is empty</c>, <c>is not empty</c>, <c>matches</c>, <c>and</c>, <c>or</c>, <c>not</c> and
/// parentheses, over dotted selectors such as <c>JobID</c> or <c>TaskGroups.web.Promoted</c>. Anything else is a 400.
/// </summary>
internal sealed class NomadFilterExpression
{
    private readonly List<string> _tokens;
    private int _position;

    private NomadFilterExpression(string text) => _tokens = Tokenize(text);

    /// <summary>Parses <paramref name="text"/> into a predicate over list items.</summary>
    public static Func<JsonObject, bool> Parse(string text)
    {
        var parser = new NomadFilterExpression(text);
        var predicate = parser.ParseOr();
        if (parser._position != parser._tokens.Count)
        {
            throw Invalid(text, $"unexpected '{parser._tokens[parser._position]}'");
        }

        return predicate;
    }

    private Func<JsonObject, bool> ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            var (l, r) = (left, ParseAnd());
            left = item => l(item) || r(item);
        }

        return left;
    }

    private Func<JsonObject, bool> ParseAnd()
    {
        var left = ParseUnary();
        while (Accept("and"))
        {
            var (l, r) = (left, ParseUnary());
            left = item => l(item) && r(item);
        }

        return left;
    }

    private Func<JsonObject, bool> ParseUnary()
    {
        if (Accept("not"))
        {
            var inner = ParseUnary();
            return item => !inner(item);
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var first = Next();
        if (Accept("in"))
        {
            var selector = Next();
            return item => Contains(Select(item, selector), Literal(first));
        }

        if (Peek() == "not" && Peek(1) == "in")
        {
            _position += 2;
            var selector = Next();
            return item => !Contains(Select(item, selector), Literal(first));
        }

        var op = Next();
        switch (op)
        {
            case "==":
            case "!=":
                var value = Literal(Next());
                return op == "==" ? item => Text(Select(item, first)) == value : item => Text(Select(item, first)) != value;
            case "contains":
                var needle = Literal(Next());
                return item => Contains(Select(item, first), needle);
            case "matches":
                var regex = new Regex(Literal(Next()), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                return item => regex.IsMatch(Text(Select(item, first)) ?? string.Empty);
            case "is":
                var negate = Accept("not");
                Expect("empty");
                return item => IsEmpty(Select(item, first)) != negate;
            default:
                throw Invalid(string.Join(' ', _tokens), $"unsupported operator '{op}'");
        }
    }

    private static JsonNode? Select(JsonObject item, string selector)
    {
        JsonNode? node = item;
        foreach (var part in selector.Split('.'))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False =>
            value.GetValue<bool>() ? "true" : "false",
        _ => node.ToJsonString(),
    };

    private static bool Contains(JsonNode? node, string value) => node switch
    {
        JsonArray array => array.Any(element => Text(element) == value),
        JsonObject obj => obj.ContainsKey(value),
        _ => Text(node)?.Contains(value, StringComparison.Ordinal) ?? false,
    };

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ => string.IsNullOrEmpty(Text(node)),
    };

    private static string Literal(string token) =>
        token.Length >= 2 && token[0] is '"' or '`' ? token[1..^1] : token;

    private string? Peek(int ahead = 0) => _position + ahead < _tokens.Count ? _tokens[_position + ahead] : null;

    private string Next() => _position < _tokens.Count
        ? _tokens[_position++]
        : throw Invalid(string.Join(' ', _tokens), "unexpected end of expression");

    private bool Accept(string token)
    {
        if (Peek() != token)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw Invalid(string.Join(' ', _tokens), $"expected '{token}'");
        }
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c is '=' or '!' && i + 1 < text.Length && text[i + 1] == '=')
            {
                tokens.Add(text.Substring(i, 2));
                i += 2;
            }
            else if (c is '"' or '`')
            {
                var literal = new StringBuilder().Append(c);
                i++;
                while (i < text.Length && text[i] != c)
                {
                    if (c == '"' && text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    literal.Append(text[i++]);
                }

                if (i >= text.Length)
                {
                    throw Invalid(text, "unterminated string");
                }

                tokens.Add(literal.Append(c).ToString());
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"' or '=' or '!'))
                {
                    i++;
                }

                if (start == i)
                {
                    throw Invalid(text, $"unexpected '{c}'");
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private static DemoHttpException Invalid(string text, string reason) => new(
        400,
        string.Create(CultureInfo.InvariantCulture, $"failed to read filter expression: {reason} in \"{text}\" (the demo server understands ==, !=, contains, in, is empty, matches, and, or, not)"));
}
