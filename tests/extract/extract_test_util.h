#pragma once
// Small helpers shared by the extractor's unit tests: an in-memory gazetteer from TSV rows and
// look-ups of extracted items by name.

#include "extract/extractor.h"
#include "extract/gazetteer.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::test {

// A gazetteer of `rows` (TSV lines without the header, each ending in '\n').
inline core::Gazetteer gazetteerOf(std::string_view rows)
{
    auto g = core::Gazetteer::fromTsv("id\tname\tkind\tcountry\tenglish\taliases\n" + std::string(rows));
    if (!g)
        throw std::runtime_error("test gazetteer: " + g.error().detail);
    return std::move(*g);
}

// What the extractor finds in `body` published on 20 May 2024 (a Monday), with gazetteer `g`.
inline core::Extraction extractOnFixedDate(std::string_view body, const core::Gazetteer &g)
{
    return core::extractFromText(body, core::PartialDate::ofDay(2024, 5, 20), g);
}

// The first item called `name`, or nullptr.
template <class T>
const T *named(const std::vector<T> &items, std::string_view name)
{
    auto it = std::ranges::find_if(items, [&](const T &x) { return x.name == name; });
    return it == items.end() ? nullptr : &*it;
}

// Whether `values` holds `value`.
inline bool contains(const std::vector<std::string> &values, std::string_view value)
{
    return std::ranges::find(values, value) != values.end();
}

// The items' names, in order.
template <class T>
std::vector<std::string> nameList(const std::vector<T> &items)
{
    std::vector<std::string> out;
    for (const auto &x : items)
        out.push_back(x.name);
    return out;
}

} // namespace sillok::test
