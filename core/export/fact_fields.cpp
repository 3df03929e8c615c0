#include "export/fact_fields.h"

#include "common/partial_date.h"

#include <array>
#include <charconv>

namespace sillok::core {

std::string formatConfidence(double confidence)
{
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), confidence);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::string();
}

std::string datePrecisionName(std::string_view date)
{
    const auto parsed = PartialDate::parse(date);
    if (!parsed)
        return {};
    switch (parsed->precision) {
    case DatePrecision::Year:
        return "year";
    case DatePrecision::Month:
        return "month";
    case DatePrecision::Day:
        return "day";
    case DatePrecision::None:
        break;
    }
    return {};
}

} // namespace sillok::core
