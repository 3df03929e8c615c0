#pragma once
// A small streaming JSON writer (UTF-8 in, UTF-8 out). Not thread-safe; one per document.
// Usage: JsonWriter w; w.beginObject(); w.key("a"); w.value(1); w.endObject(); w.str();
// Misuse (e.g. a key outside an object) is a programming error and is not diagnosed.

#include "common/partial_date.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class JsonWriter {
public:
    explicit JsonWriter(bool pretty = false) : m_pretty(pretty) {}

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(std::string_view name);
    JsonWriter &value(std::string_view text);
    JsonWriter &value(const char *text) { return value(std::string_view(text)); }
    JsonWriter &value(const std::string &text) { return value(std::string_view(text)); }
    JsonWriter &value(std::int64_t number);
    JsonWriter &value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // A date as "YYYY[-MM[-DD]]", or null when it has no precision.
    JsonWriter &value(const PartialDate &date);
    // A string, or null when empty.
    JsonWriter &stringOrNull(std::string_view text);
    JsonWriter &stringArray(const std::vector<std::string> &items);

    const std::string &str() const { return m_out; }

    // Appends `text` to `out` as a quoted JSON string (escapes controls, quotes, backslashes;
    // invalid UTF-8 bytes become U+FFFD).
    static void appendQuoted(std::string &out, std::string_view text);

private:
    void separate();
    void newline();
    std::string m_out;
    std::vector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
    bool m_pretty = false;
};

} // namespace sillok::core
