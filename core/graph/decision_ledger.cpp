#include "graph/decision_ledger.h"

#include <algorithm>
#include <charconv>

namespace sillok::core {

namespace {

struct Link {
    std::string parent;
    std::int64_t decision = 0;
};

std::string findRoot(const std::map<std::string, Link> &links, std::string uid)
{
    // Links form a forest (a merge is skipped when it would close a cycle), so this ends.
    for (auto it = links.find(uid); it != links.end(); it = links.find(uid))
        uid = it->second.parent;
    return uid;
}

} // namespace

std::string CurationState::root(const std::string &uid) const
{
    const auto it = mergedInto.find(uid);
    return it == mergedInto.end() ? uid : it->second;
}

CurationState replayDecisions(const std::vector<DecisionRow> &decisions)
{
    std::vector<const DecisionRow *> ordered;
    for (const auto &d : decisions)
        if (!d.undone)
            ordered.push_back(&d);
    std::ranges::sort(ordered, {}, &DecisionRow::id);

    CurationState state;
    std::map<std::string, Link> links; // child → parent, with the merge that made the link
    for (const DecisionRow *d : ordered) {
        if (d->kind == "merge") {
            if (d->entityUid.empty() || d->otherUid.empty())
                continue;
            const std::string keepRoot = findRoot(links, d->entityUid);
            const std::string otherRoot = findRoot(links, d->otherUid);
            if (keepRoot != otherRoot)
                links[otherRoot] = Link{keepRoot, d->id};
        } else if (d->kind == "split") {
            // The merge decision it splits; a value that is no id splits nothing.
            std::int64_t mergeId = 0;
            const char *first = d->value.data();
            const char *last = first + d->value.size();
            if (const auto [end, ec] = std::from_chars(first, last, mergeId); ec != std::errc() || end != last)
                continue;
            std::erase_if(links, [&](const auto &entry) { return entry.second.decision == mergeId; });
        } else if (d->kind == "rename") {
            if (!d->value.empty())
                state.names[d->entityUid] = d->value;
        } else if (d->kind == "add_alias" || d->kind == "remove_alias") {
            if (!d->value.empty())
                state.aliasEdits.push_back({d->entityUid, d->value, d->kind == "add_alias"});
        } else if (d->kind == "reject") {
            state.rejected.insert(d->entityUid);
        }
    }
    for (const auto &entry : links)
        state.mergedInto[entry.first] = findRoot(links, entry.first);
    return state;
}

std::set<std::string> decisionUids(const std::vector<DecisionRow> &decisions)
{
    std::set<std::string> uids;
    for (const auto &d : decisions) {
        if (!d.entityUid.empty())
            uids.insert(d.entityUid);
        if (!d.otherUid.empty())
            uids.insert(d.otherUid);
    }
    return uids;
}

} // namespace sillok::core
