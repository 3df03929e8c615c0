#pragma once
// Generated sample data for the views tests: generic names, no article content.

#include "model/records.h"

#include <QString>

#include <random>
#include <string>
#include <vector>

namespace sillok::views_test {

inline core::TimelineItem item(std::int64_t id, core::EntityType type, std::string name, std::string kind,
                               core::PartialDate start, core::PartialDate end = {},
                               std::vector<std::string> initiatives = {}, std::vector<std::string> organizations = {})
{
    core::TimelineItem t;
    t.entityId = id;
    t.type = type;
    t.name = std::move(name);
    t.kind = std::move(kind);
    t.start = start;
    t.end = end.isValid() ? end : start;
    t.dateText = start.toString();
    t.initiatives = std::move(initiatives);
    t.organizations = std::move(organizations);
    return t;
}

// `count` items over ten years in 40 initiatives and 25 organizations, mixed precisions.
inline std::vector<core::TimelineItem> generatedItems(int count, std::uint32_t seed = 7)
{
    std::mt19937 random(seed);
    std::vector<core::TimelineItem> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const int year = 2015 + static_cast<int>(random() % 10);
        const int month = 1 + static_cast<int>(random() % 12);
        const int day = 1 + static_cast<int>(random() % 28);
        const int precision = static_cast<int>(random() % 10);
        core::PartialDate start = precision < 6   ? core::PartialDate::ofDay(year, month, day)
                                  : precision < 9 ? core::PartialDate::ofMonth(year, month)
                                                  : core::PartialDate::ofYear(year);
        const bool meeting = random() % 3 != 0;
        core::PartialDate end = start;
        if (precision < 2)
            end = core::civilFromDays(core::daysFromCivil(year, month, day) + 1 + static_cast<int>(random() % 4));
        std::vector<std::string> initiatives{"initiative " + std::to_string(random() % 40)};
        if (random() % 4 == 0)
            initiatives.push_back("initiative " + std::to_string(random() % 40));
        std::vector<std::string> organizations{"org " + std::to_string(random() % 25)};
        out.push_back(item(i + 1, meeting ? core::EntityType::Meeting : core::EntityType::Initiative,
                           (meeting ? "meeting " : "initiative item ") + std::to_string(i + 1),
                           meeting ? (i % 2 ? "forum" : "meeting") : "policy", start, end, initiatives, organizations));
    }
    return out;
}

} // namespace sillok::views_test
