#pragma once
// Small formatting helpers shared by the fact exports (CSV, GraphML).

#include <string>
#include <string_view>

namespace sillok::core {

// The shortest decimal that reads back as the same double ("0.85", "1").
std::string formatConfidence(double confidence);

// "year" | "month" | "day" for a date written "YYYY" | "YYYY-MM" | "YYYY-MM-DD"; "" otherwise.
std::string datePrecisionName(std::string_view date);

} // namespace sillok::core
