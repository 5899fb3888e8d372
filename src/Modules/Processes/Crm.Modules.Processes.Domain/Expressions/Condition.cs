using System.Globalization;

namespace Crm.Modules.Processes.Domain.Expressions;

/// <summary>
/// A parsed condition of the small, safe language processes are written in: comparisons (<c>= != &lt; &lt;= &gt; &gt;=</c>),
/// <c>and</c>/<c>or</c>/<c>not</c>, <c>is null</c>/<c>is not null</c>, numbers, 'text', <c>true</c>/<c>false</c>,
/// <c>date('2026-12-31')</c>, <c>now</c>, and names of facts (<c>status</c>, <c>client.has-phone</c>) and counters
/// (<c>counter.calls</c>). No arithmetic, no calls: nothing in it can run code. See docs/process-definitions.md.
/// </summary>
public sealed class Condition
{
    private readonly Node _root;

    private Condition(string text, Node root)
    {
        Text = text;
        _root = root;
    }

    public string Text { get; }

    /// <summary>Parses, or throws <see cref="ExpressionException"/> with the position at fault.</summary>
    public static Condition Parse(string text)
    {
        var parser = new Parser(Lexer.Tokenize(text));
        var root = parser.ParseOr();
        parser.ExpectEnd();
        return new Condition(text, root);
    }

    public static string? Check(string text)
    {
        try
        {
            Parse(text);
            return null;
        }
        catch (ExpressionException e)
        {
            return e.Message;
        }
    }

    public bool Holds(IFactSource facts) => _root.Evaluate(facts) is { Kind: FactKind.Boolean, Boolean: true };

    public override string ToString() => Text;

    private sealed class Parser(List<Token> tokens)
    {
        private int _next;

        private Token Peek => tokens[_next];

        public void ExpectEnd()
        {
            if (Peek.Type != TokenType.End)
            {
                throw new ExpressionException(Peek.Position, $"Unexpected '{Peek.Value}'.");
            }
        }

        public Node ParseOr()
        {
            var left = ParseAnd();
            while (IsWord("or"))
            {
                _next++;
                left = new Logical(left, ParseAnd(), IsAnd: false);
            }

            return left;
        }

        private Node ParseAnd()
        {
            var left = ParseUnary();
            while (IsWord("and"))
            {
                _next++;
                left = new Logical(left, ParseUnary(), IsAnd: true);
            }

            return left;
        }

        private Node ParseUnary()
        {
            if (!IsWord("not"))
            {
                return ParseComparison();
            }

            _next++;
            return new Not(ParseUnary());
        }

        private Node ParseComparison()
        {
            var left = ParseOperand();
            if (Peek.Type == TokenType.Operator)
            {
                var op = tokens[_next++];
                return new Comparison(left, op.Value, ParseOperand(), op.Position);
            }

            if (!IsWord("is"))
            {
                return left;
            }

            _next++;
            var negated = IsWord("not");
            if (negated)
            {
                _next++;
            }

            if (!IsWord("null"))
            {
                throw new ExpressionException(Peek.Position, "Expected 'null' after 'is'.");
            }

            _next++;
            return new NullCheck(left, negated);
        }

        private Node ParseOperand()
        {
            var token = tokens[_next++];
            switch (token.Type)
            {
                case TokenType.Number:
                    return new Literal(FactValue.Of(decimal.Parse(token.Value, CultureInfo.InvariantCulture)));
                case TokenType.Text:
                    return new Literal(FactValue.Of(token.Value));
                case TokenType.LeftParen:
                    var inner = ParseOr();
                    Expect(TokenType.RightParen, "Expected ')'.");
                    return inner;
                case TokenType.Name:
                    return NamedOperand(token);
                default:
                    throw new ExpressionException(token.Position, token.Type == TokenType.End ? "The condition ends too early." : $"Unexpected '{token.Value}'.");
            }
        }

        private Node NamedOperand(Token token)
        {
            switch (token.Value.ToLowerInvariant())
            {
                case "true":
                    return new Literal(FactValue.Of(true));
                case "false":
                    return new Literal(FactValue.Of(false));
                case "null":
                    return new Literal(FactValue.Null);
                case "now":
                    return new Now();
                case "date":
                    Expect(TokenType.LeftParen, "Expected '(' after date.");
                    var text = tokens[_next++];
                    if (text.Type != TokenType.Text || !DateTime.TryParse(text.Value, CultureInfo.InvariantCulture,
                            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var moment))
                    {
                        throw new ExpressionException(text.Position, "Expected a date such as '2026-12-31' or '2026-12-31T18:00:00Z'.");
                    }

                    Expect(TokenType.RightParen, "Expected ')'.");
                    return new Literal(FactValue.Of(moment));
                case "and" or "or" or "not" or "is":
                    throw new ExpressionException(token.Position, $"Expected a value before '{token.Value}'.");
                default:
                    return new Name(token.Value);
            }
        }

        private void Expect(TokenType type, string message)
        {
            if (Peek.Type != type)
            {
                throw new ExpressionException(Peek.Position, message);
            }

            _next++;
        }

        private bool IsWord(string word) => Peek.Type == TokenType.Name && string.Equals(Peek.Value, word, StringComparison.OrdinalIgnoreCase);
    }
}
