using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RoleTools.Core.Policies
{
    /// <summary>Kinds of JSON value.</summary>
    public enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// A parsed JSON value. Objects keep their members in document order, as a list, so a duplicate
    /// key stays visible to the policy grammar instead of silently replacing the first value.
    /// </summary>
    public sealed class JsonNode
    {
        private JsonNode(JsonKind kind)
        {
            Kind = kind;
        }

        public JsonKind Kind { get; }

        /// <summary>The text of a string, or the literal text of a number.</summary>
        public string Text { get; private set; }

        /// <summary>The members of an object, in document order.</summary>
        public IReadOnlyList<KeyValuePair<string, JsonNode>> Members { get; private set; }

        /// <summary>The items of an array.</summary>
        public IReadOnlyList<JsonNode> Items { get; private set; }

        /// <summary>Offset of the value's first character in the parsed text.</summary>
        public int Start { get; private set; }

        /// <summary>Offset just past the value's last character in the parsed text.</summary>
        public int End { get; private set; }

        /// <summary>
        /// Parses <paramref name="text"/> as one JSON value (RFC 8259) surrounded by optional whitespace.
        /// Throws <see cref="FormatException"/> on any syntax error.
        /// </summary>
        public static JsonNode Parse(string text)
        {
            var reader = new Reader(text ?? throw new ArgumentNullException(nameof(text)));
            reader.SkipWhitespace();
            JsonNode value = reader.ReadValue(depth: 0);
            reader.SkipWhitespace();
            if (!reader.AtEnd)
            {
                throw reader.Error("unexpected text after the JSON value");
            }

            return value;
        }

        private sealed class Reader
        {
            private const int MaxDepth = 64;
            private readonly string _text;
            private int _position;

            public Reader(string text)
            {
                _text = text;
            }

            public bool AtEnd => _position >= _text.Length;

            public FormatException Error(string problem) =>
                new FormatException($"Invalid JSON at offset {_position}: {problem}.");

            public void SkipWhitespace()
            {
                while (!AtEnd && (_text[_position] == ' ' || _text[_position] == '\t' || _text[_position] == '\n' || _text[_position] == '\r'))
                {
                    _position++;
                }
            }

            public JsonNode ReadValue(int depth)
            {
                if (depth > MaxDepth)
                {
                    throw Error("nesting is too deep");
                }

                if (AtEnd)
                {
                    throw Error("a value is missing");
                }

                int start = _position;
                JsonNode node;
                char c = _text[_position];
                switch (c)
                {
                    case '{':
                        node = ReadObject(depth);
                        break;
                    case '[':
                        node = ReadArray(depth);
                        break;
                    case '"':
                        node = new JsonNode(JsonKind.String) { Text = ReadString() };
                        break;
                    case 't':
                        ReadLiteral("true");
                        node = new JsonNode(JsonKind.True);
                        break;
                    case 'f':
                        ReadLiteral("false");
                        node = new JsonNode(JsonKind.False);
                        break;
                    case 'n':
                        ReadLiteral("null");
                        node = new JsonNode(JsonKind.Null);
                        break;
                    default:
                        if (c == '-' || (c >= '0' && c <= '9'))
                        {
                            node = new JsonNode(JsonKind.Number) { Text = ReadNumber() };
                            break;
                        }

                        throw Error($"unexpected character '{c}'");
                }

                node.Start = start;
                node.End = _position;
                return node;
            }

            private JsonNode ReadObject(int depth)
            {
                _position++;
                var members = new List<KeyValuePair<string, JsonNode>>();
                SkipWhitespace();
                if (Peek() == '}')
                {
                    _position++;
                    return new JsonNode(JsonKind.Object) { Members = members };
                }

                while (true)
                {
                    SkipWhitespace();
                    if (Peek() != '"')
                    {
                        throw Error("an object key must be a string");
                    }

                    string key = ReadString();
                    SkipWhitespace();
                    Expect(':');
                    SkipWhitespace();
                    members.Add(new KeyValuePair<string, JsonNode>(key, ReadValue(depth + 1)));
                    SkipWhitespace();
                    char next = Peek();
                    _position++;
                    if (next == '}')
                    {
                        return new JsonNode(JsonKind.Object) { Members = members };
                    }

                    if (next != ',')
                    {
                        _position--;
                        throw Error("expected ',' or '}'");
                    }
                }
            }

            private JsonNode ReadArray(int depth)
            {
                _position++;
                var items = new List<JsonNode>();
                SkipWhitespace();
                if (Peek() == ']')
                {
                    _position++;
                    return new JsonNode(JsonKind.Array) { Items = items };
                }

                while (true)
                {
                    SkipWhitespace();
                    items.Add(ReadValue(depth + 1));
                    SkipWhitespace();
                    char next = Peek();
                    _position++;
                    if (next == ']')
                    {
                        return new JsonNode(JsonKind.Array) { Items = items };
                    }

                    if (next != ',')
                    {
                        _position--;
                        throw Error("expected ',' or ']'");
                    }
                }
            }

            private string ReadString()
            {
                _position++;
                var builder = new StringBuilder();
                while (true)
                {
                    if (AtEnd)
                    {
                        throw Error("a string is not terminated");
                    }

                    char c = _text[_position++];
                    if (c == '"')
                    {
                        return builder.ToString();
                    }

                    if (c < 0x20)
                    {
                        throw Error("a control character must be escaped inside a string");
                    }

                    if (c != '\\')
                    {
                        builder.Append(c);
                        continue;
                    }

                    if (AtEnd)
                    {
                        throw Error("an escape sequence is not terminated");
                    }

                    char escape = _text[_position++];
                    switch (escape)
                    {
                        case '"': builder.Append('"'); break;
                        case '\\': builder.Append('\\'); break;
                        case '/': builder.Append('/'); break;
                        case 'b': builder.Append('\b'); break;
                        case 'f': builder.Append('\f'); break;
                        case 'n': builder.Append('\n'); break;
                        case 'r': builder.Append('\r'); break;
                        case 't': builder.Append('\t'); break;
                        case 'u':
                            if (_position + 4 > _text.Length
                                || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                            {
                                throw Error("a \\u escape needs four hexadecimal digits");
                            }

                            builder.Append((char)code);
                            _position += 4;
                            break;
                        default:
                            throw Error($"unknown escape sequence '\\{escape}'");
                    }
                }
            }

            private string ReadNumber()
            {
                int start = _position;
                if (Peek() == '-')
                {
                    _position++;
                }

                if (Peek() == '0')
                {
                    _position++;
                }
                else if (!ReadDigits())
                {
                    throw Error("a number needs digits");
                }

                if (Peek() == '.')
                {
                    _position++;
                    if (!ReadDigits())
                    {
                        throw Error("a fraction needs digits");
                    }
                }

                if (Peek() == 'e' || Peek() == 'E')
                {
                    _position++;
                    if (Peek() == '+' || Peek() == '-')
                    {
                        _position++;
                    }

                    if (!ReadDigits())
                    {
                        throw Error("an exponent needs digits");
                    }
                }

                return _text.Substring(start, _position - start);
            }

            private bool ReadDigits()
            {
                int start = _position;
                while (!AtEnd && _text[_position] >= '0' && _text[_position] <= '9')
                {
                    _position++;
                }

                return _position > start;
            }

            private void ReadLiteral(string literal)
            {
                if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
                {
                    throw Error($"expected '{literal}'");
                }

                _position += literal.Length;
            }

            private char Peek() => AtEnd ? '\0' : _text[_position];

            private void Expect(char expected)
            {
                if (Peek() != expected)
                {
                    throw Error($"expected '{expected}'");
                }

                _position++;
            }
        }
    }
}
