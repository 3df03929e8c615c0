#include "common/json_writer.h"

#include "common/utf.h"

#include <cmath>
#include <cstdio>

namespace sillok::core {

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    m_out.push_back('\n');
    m_out.append(m_first.size() * 2, ' ');
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.push_back(',');
        m_first.back() = false;
        newline();
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.push_back('{');
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty)
        newline();
    m_out.push_back('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.push_back('[');
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty)
        newline();
    m_out.push_back(']');
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    appendQuoted(m_out, name);
    m_out.append(m_pretty ? ": " : ":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view text)
{
    separate();
    appendQuoted(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(std::int64_t number)
{
    separate();
    m_out.append(std::to_string(number));
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out.append("null");
        return *this;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", number);
    m_out.append(buf);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::value(const PartialDate &date)
{
    return date.isValid() ? value(date.toString()) : null();
}

JsonWriter &JsonWriter::stringOrNull(std::string_view text)
{
    return text.empty() ? null() : value(text);
}

JsonWriter &JsonWriter::stringArray(const std::vector<std::string> &items)
{
    beginArray();
    for (const auto &item : items)
        value(item);
    return endArray();
}

void JsonWriter::appendQuoted(std::string &out, std::string_view text)
{
    const std::string valid = isValidUtf8(text) ? std::string() : toUtf8(toU32(text));
    const std::string_view s = valid.empty() ? text : std::string_view(valid);
    out.push_back('"');
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out.append(buf);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

} // namespace sillok::core
