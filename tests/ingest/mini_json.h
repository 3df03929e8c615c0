#pragma once
// A tiny JSON reader for test fixtures (gold files): objects, arrays, strings, numbers,
// true/false/null. Not for production use; throws std::runtime_error on malformed input.

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::test {

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
    std::string text; // string value, or the number's spelling
    std::vector<JsonValue> items;
    std::map<std::string, JsonValue> fields;

    const JsonValue &operator[](const std::string &key) const
    {
        static const JsonValue null;
        const auto it = fields.find(key);
        return it == fields.end() ? null : it->second;
    }
};

class JsonReader
{
public:
    explicit JsonReader(std::string_view s) : m_s(s) {}

    JsonValue parse()
    {
        JsonValue v = value();
        skip();
        if (m_i != m_s.size())
            throw std::runtime_error("trailing JSON");
        return v;
    }

private:
    void skip()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\r' || m_s[m_i] == '\t'))
            ++m_i;
    }
    char peek() { skip(); return m_i < m_s.size() ? m_s[m_i] : '\0'; }
    void expect(char c)
    {
        if (peek() != c)
            throw std::runtime_error(std::string("expected ") + c);
        ++m_i;
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
        else { out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
    }

    std::string string()
    {
        expect('"');
        std::string out;
        while (m_i < m_s.size() && m_s[m_i] != '"') {
            char c = m_s[m_i++];
            if (c != '\\') { out += c; continue; }
            c = m_s.at(m_i++);
            switch (c) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                unsigned cp = std::stoul(std::string(m_s.substr(m_i, 4)), nullptr, 16);
                m_i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && m_s.substr(m_i, 2) == "\\u") {
                    const unsigned lo = std::stoul(std::string(m_s.substr(m_i + 2, 4)), nullptr, 16);
                    m_i += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default: out += c;
            }
        }
        expect('"');
        return out;
    }

    JsonValue value()
    {
        JsonValue v;
        const char c = peek();
        if (c == '{') {
            v.type = JsonValue::Type::Object;
            ++m_i;
            if (peek() == '}') { ++m_i; return v; }
            do {
                std::string key = string();
                expect(':');
                v.fields[key] = value();
            } while (peek() == ',' && ++m_i);
            expect('}');
        } else if (c == '[') {
            v.type = JsonValue::Type::Array;
            ++m_i;
            if (peek() == ']') { ++m_i; return v; }
            do {
                v.items.push_back(value());
            } while (peek() == ',' && ++m_i);
            expect(']');
        } else if (c == '"') {
            v.type = JsonValue::Type::String;
            v.text = string();
        } else {
            const std::size_t b = m_i;
            while (m_i < m_s.size() && std::string_view(",]} \n\r\t").find(m_s[m_i]) == std::string_view::npos)
                ++m_i;
            v.text = std::string(m_s.substr(b, m_i - b));
            v.type = v.text == "null" ? JsonValue::Type::Null
                : (v.text == "true" || v.text == "false") ? JsonValue::Type::Bool : JsonValue::Type::Number;
        }
        return v;
    }

    std::string_view m_s;
    std::size_t m_i = 0;
};

} // namespace sillok::test
