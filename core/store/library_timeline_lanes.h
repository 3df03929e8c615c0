#pragma once
// Private to core/store/library_timeline*.cpp: the lanes of timeline items, read for many items
// at once. Not part of the public API.

#include "common/result.h"
#include "store/database.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace sillok::core::timelinedb {

// Lane names, each stored once; items refer to them by index.
struct LaneNames {
    std::vector<std::string> names;
    std::unordered_map<std::string, int> index;
    int intern(const std::string &name);
};

// A dated initiative or meeting as stored (a merge root, not rejected), with its lanes once read.
struct DatedItem {
    std::int64_t id = 0;
    std::string type; // "initiative" or "meeting"
    std::string name, kind, date, endDate, dateText;
    // Lanes (indexes into LaneNames), each name once, in the order of the facts that give them
    // (fact id): for an initiative its own name first, then what it (or an entity merged into it)
    // discussed or is part_of (an initiative object); organizers, participants and owners.
    // Objects are read as their merge roots; rejected ones and the item itself are left out.
    std::vector<int> initiatives;
    std::vector<int> organizations;
};

// Above this many items one pass over the lane facts (about 120,000 covering index entries at
// 100,000 articles, ~50 ms) is cheaper than a look-up per item (a few µs each).
inline constexpr std::size_t kLaneScanAbove = 4000;

// Fills the lanes of every item, their names into `names`: more than `scanAbove` items are served
// by one pass over the covering fact index (sqlite_autoindex_fact_1), fewer by a look-up per
// item; both give the same lanes (tests/store/library_views_reference_test.cpp). Reads only; on a
// database error returns it with the lanes partly filled.
Status addLanes(Database &db, std::vector<DatedItem> &items, LaneNames &names, std::size_t scanAbove = kLaneScanAbove);

} // namespace sillok::core::timelinedb
