#pragma once
// A small JSON DOM (RFC 8259) for importing exchange files (W3C Web Annotations).
//
// parse() accepts exactly one JSON value, optionally preceded by a UTF-8 BOM and surrounded
// by whitespace. It rejects invalid UTF-8, lone surrogates, control characters in strings,
// trailing commas, comments, NaN/Infinity and nesting deeper than `maxDepth`; the error detail
// names the line, column and byte offset. Objects keep their members in document order; with
// duplicate keys, find() returns the first. Values are immutable after parsing and can be read
// from several threads.

#include "common/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class JsonValue {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;

    static Result<JsonValue> parse(std::string_view text, int maxDepth = 64);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    // Typed reads; each returns `fallback` (or an empty string) when the type differs.
    bool toBool(bool fallback = false) const { return isBool() ? m_bool : fallback; }
    double toNumber(double fallback = 0) const { return isNumber() ? m_number : fallback; }
    // The number when it is integral and fits in int64, else `fallback`.
    std::int64_t toInt(std::int64_t fallback = 0) const;
    const std::string &toString() const; // "" unless a string

    // Array elements, or object member values (in order); empty for scalars.
    const std::vector<JsonValue> &items() const { return m_items; }
    // Object member names, parallel to items(); empty for non-objects.
    const std::vector<std::string> &keys() const { return m_keys; }
    std::size_t size() const { return m_items.size(); }

    // The member named `key`, or nullptr when absent or this is not an object.
    const JsonValue *find(std::string_view key) const;
    // The member's string value, or "" when absent or not a string.
    const std::string &stringAt(std::string_view key) const;

private:
    friend class JsonParser;
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    std::string m_string;
    std::vector<std::string> m_keys;
    std::vector<JsonValue> m_items;
};

} // namespace sillok::core
