#include "export/json_value.h"

#include "common/utf.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace sillok::core {

class JsonParser {
public:
    JsonParser(std::string_view text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) {}

    Result<JsonValue> run()
    {
        if (m_text.starts_with("\xEF\xBB\xBF"))
            m_pos = 3;
        JsonValue root;
        skipSpace();
        if (!value(root, 0))
            return std::unexpected(m_error);
        skipSpace();
        if (m_pos != m_text.size())
            return errorAt("unexpected characters after the JSON value");
        return root;
    }

private:
    std::unexpected<Error> errorAt(std::string_view what)
    {
        setError(what);
        return std::unexpected(m_error);
    }

    bool setError(std::string_view what)
    {
        int line = 1;
        std::size_t lineStart = 0;
        const std::size_t end = std::min(m_pos, m_text.size());
        for (std::size_t i = 0; i < end; ++i) {
            if (m_text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const std::size_t column = codePointCount(m_text.substr(lineStart, end - lineStart)) + 1;
        m_error = Error{ErrorCode::Parse,
                        std::string(what) + " at line " + std::to_string(line) + ", column "
                            + std::to_string(column) + " (byte " + std::to_string(m_pos) + ")",
                        {}};
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return setError("invalid literal");
        m_pos += word.size();
        return true;
    }

    bool value(JsonValue &out, int depth)
    {
        if (m_pos >= m_text.size())
            return setError("unexpected end of input");
        switch (m_text[m_pos]) {
        case '{': return object(out, depth + 1);
        case '[': return array(out, depth + 1);
        case '"': out.m_type = JsonValue::Type::String; return string(out.m_string);
        case 't': out.m_type = JsonValue::Type::Bool; out.m_bool = true; return literal("true");
        case 'f': out.m_type = JsonValue::Type::Bool; out.m_bool = false; return literal("false");
        case 'n': out.m_type = JsonValue::Type::Null; return literal("null");
        default: return number(out);
        }
    }

    bool object(JsonValue &out, int depth)
    {
        if (depth > m_maxDepth)
            return setError("nesting deeper than " + std::to_string(m_maxDepth));
        out.m_type = JsonValue::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return setError("expected a member name");
            std::string key;
            if (!string(key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return setError("expected ':'");
            ++m_pos;
            skipSpace();
            out.m_keys.push_back(std::move(key));
            out.m_items.emplace_back();
            if (!value(out.m_items.back(), depth))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return setError("expected ',' or '}'");
        }
    }

    bool array(JsonValue &out, int depth)
    {
        if (depth > m_maxDepth)
            return setError("nesting deeper than " + std::to_string(m_maxDepth));
        out.m_type = JsonValue::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            out.m_items.emplace_back();
            if (!value(out.m_items.back(), depth))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return setError("expected ',' or ']'");
        }
    }

    bool hex4(char32_t &out)
    {
        if (m_pos + 4 > m_text.size())
            return setError("truncated \\u escape");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            out <<= 4;
            if (c >= '0' && c <= '9') out |= static_cast<char32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') out |= static_cast<char32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') out |= static_cast<char32_t>(c - 'A' + 10);
            else return setError("invalid \\u escape");
        }
        return true;
    }

    bool escape(std::string &out)
    {
        if (m_pos >= m_text.size())
            return setError("unterminated string");
        const char c = m_text[m_pos++];
        switch (c) {
        case '"': out.push_back('"'); return true;
        case '\\': out.push_back('\\'); return true;
        case '/': out.push_back('/'); return true;
        case 'b': out.push_back('\b'); return true;
        case 'f': out.push_back('\f'); return true;
        case 'n': out.push_back('\n'); return true;
        case 'r': out.push_back('\r'); return true;
        case 't': out.push_back('\t'); return true;
        case 'u': break;
        default: --m_pos; return setError("invalid escape");
        }
        char32_t cp = 0;
        if (!hex4(cp))
            return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return setError("lone low surrogate");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            char32_t low = 0;
            if (m_text.substr(m_pos, 2) != "\\u")
                return setError("high surrogate without its low half");
            m_pos += 2;
            if (!hex4(low))
                return false;
            if (low < 0xDC00 || low > 0xDFFF)
                return setError("high surrogate without its low half");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(out, cp);
        return true;
    }

    bool string(std::string &out)
    {
        ++m_pos; // opening quote
        for (;;) {
            const std::size_t runStart = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != '"' && m_text[m_pos] != '\\'
                   && static_cast<unsigned char>(m_text[m_pos]) >= 0x20)
                ++m_pos;
            const std::string_view run = m_text.substr(runStart, m_pos - runStart);
            if (!isValidUtf8(run)) {
                m_pos = runStart;
                return setError("invalid UTF-8 in string");
            }
            out.append(run);
            if (m_pos >= m_text.size())
                return setError("unterminated string");
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c != '\\')
                return setError("control character in string");
            ++m_pos;
            if (!escape(out))
                return false;
        }
    }

    bool number(JsonValue &out)
    {
        const std::size_t start = m_pos;
        auto digits = [&] {
            const std::size_t from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0')
            ++m_pos;
        else if (digits() == 0)
            return setError("unexpected character");
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0)
                return setError("digits expected after '.'");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return setError("digits expected in exponent");
        }
        double v = 0;
        const auto [ptr, ec] = std::from_chars(m_text.data() + start, m_text.data() + m_pos, v);
        if (ec != std::errc() || !std::isfinite(v)) {
            m_pos = start;
            return setError("number out of range");
        }
        (void)ptr;
        out.m_type = JsonValue::Type::Number;
        out.m_number = v;
        return true;
    }

    std::string_view m_text;
    int m_maxDepth;
    std::size_t m_pos = 0;
    Error m_error;
};

Result<JsonValue> JsonValue::parse(std::string_view text, int maxDepth)
{
    return JsonParser(text, maxDepth).run();
}

std::int64_t JsonValue::toInt(std::int64_t fallback) const
{
    if (!isNumber() || std::trunc(m_number) != m_number || std::abs(m_number) > 9.007199254740992e15)
        return fallback;
    return static_cast<std::int64_t>(m_number);
}

const std::string &JsonValue::toString() const
{
    static const std::string empty;
    return isString() ? m_string : empty;
}

const JsonValue *JsonValue::find(std::string_view key) const
{
    if (!isObject())
        return nullptr;
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i] == key)
            return &m_items[i];
    return nullptr;
}

const std::string &JsonValue::stringAt(std::string_view key) const
{
    static const std::string empty;
    const JsonValue *v = find(key);
    return v ? v->toString() : empty;
}

} // namespace sillok::core
