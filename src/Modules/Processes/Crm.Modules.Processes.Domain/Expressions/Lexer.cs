using System.Globalization;

namespace Crm.Modules.Processes.Domain.Expressions;

internal enum TokenType
{
    Number,
    Text,
    Name,
    Operator,
    LeftParen,
    RightParen,
    End,
}

internal readonly record struct Token(TokenType Type, string Value, int Position);

/// <summary>
/// Splits a condition into tokens. Names may contain letters, digits, '_', '-' and '.' (facts such as
/// <c>paid-amount</c> or <c>client.phone</c>, counters as <c>counter.calls</c>): the language has no arithmetic,
/// so a dash never means minus.
/// </summary>
internal static class Lexer
{
    private static readonly string[] Operators = ["<=", ">=", "!=", "<>", "=", "<", ">"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(' || c == ')')
            {
                tokens.Add(new Token(c == '(' ? TokenType.LeftParen : TokenType.RightParen, c.ToString(), i++));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(ReadText(text, ref i));
            }
            else if (char.IsDigit(c))
            {
                tokens.Add(ReadNumber(text, ref i));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenType.Name, text[start..i], start));
            }
            else if (Operators.FirstOrDefault(op => string.CompareOrdinal(text, i, op, 0, op.Length) == 0) is { } op)
            {
                tokens.Add(new Token(TokenType.Operator, op == "<>" ? "!=" : op, i));
                i += op.Length;
            }
            else
            {
                throw new ExpressionException(i, $"Unexpected character '{c}'.");
            }
        }

        tokens.Add(new Token(TokenType.End, string.Empty, text.Length));
        return tokens;
    }

    private static Token ReadText(string text, ref int i)
    {
        var quote = text[i];
        var start = i++;
        var value = new System.Text.StringBuilder();
        while (i < text.Length)
        {
            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    value.Append(quote); // a doubled quote stands for itself
                    i += 2;
                    continue;
                }

                i++;
                return new Token(TokenType.Text, value.ToString(), start);
            }

            value.Append(text[i++]);
        }

        throw new ExpressionException(start, "Text is not closed: a quote is missing.");
    }

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        var literal = text[start..i];
        return decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? new Token(TokenType.Number, literal, start)
            : throw new ExpressionException(start, $"'{literal}' is not a number.");
    }
}

/// <summary>A condition that does not parse or cannot be evaluated; <see cref="Position"/> is the 0-based offset at fault.</summary>
public sealed class ExpressionException(int position, string message) : Exception($"{message} (at position {position + 1})")
{
    public int Position { get; } = position;

    public string Reason { get; } = message;
}
