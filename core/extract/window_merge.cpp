#include "extract/window_merge.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

namespace {

bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void addUnique(std::vector<std::string> &into, const std::vector<std::string> &more)
{
    for (const auto &s : more) {
        if (std::ranges::find(into, s) == into.end())
            into.push_back(s);
    }
}

void addAliases(std::vector<std::string> &into, const std::vector<std::string> &more)
{
    for (const auto &a : more) {
        const auto key = normalizeKey(a);
        if (std::ranges::none_of(into, [&](const std::string &x) { return normalizeKey(x) == key; }))
            into.push_back(a);
    }
}

void fill(std::string &field, const std::string &value)
{
    if (field.empty())
        field = value;
}

// The entity of `key` in `list`, appending `e` when new; returns nullptr when appended.
template <class T>
T *existing(std::vector<T> &list, std::unordered_map<std::string, std::size_t> &index, const std::string &key, T &e)
{
    const auto [it, fresh] = index.try_emplace(key, list.size());
    if (!fresh)
        return &list[it->second];
    list.push_back(std::move(e));
    return nullptr;
}

void join(std::vector<Mention> &into, std::vector<Mention> &more)
{
    into.insert(into.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

} // namespace

std::vector<std::size_t> windowLengths(std::string_view body, std::size_t maxBytes)
{
    std::vector<std::size_t> out;
    std::size_t pos = 0;
    while (pos < body.size()) {
        std::size_t len = body.size() - pos;
        if (len > maxBytes) {
            const auto window = body.substr(pos, maxBytes);
            const std::size_t half = maxBytes / 2;
            std::size_t cut = window.rfind('\n');
            if (cut == std::string_view::npos || cut < half)
                cut = window.rfind(' ');
            if (cut != std::string_view::npos && cut >= half) {
                len = cut + 1;
            } else {
                len = maxBytes;
                while (len > 1 && isContinuation(body[pos + len]))
                    --len;
            }
        }
        out.push_back(len);
        pos += len;
    }
    return out;
}

void WindowMerger::append(Extraction part, int cpOffset)
{
    const int sentenceBase = static_cast<int>(m_x.sentences.size());
    for (auto s : part.sentences)
        m_x.sentences.push_back({s.start + cpOffset, s.end + cpOffset});
    const auto shift = [&](std::vector<Mention> &mentions) {
        for (auto &m : mentions) {
            m.start += cpOffset;
            m.end += cpOffset;
            if (m.sentence >= 0)
                m.sentence += sentenceBase;
        }
    };
    for (auto &o : part.organizations) {
        shift(o.mentions);
        const auto key = o.gazetteerId.empty() ? "n:" + normalizeKey(o.name) : "g:" + o.gazetteerId;
        if (auto *e = existing(m_x.organizations, m_orgs, key, o)) {
            addAliases(e->aliases, o.aliases);
            fill(e->english, o.english);
            fill(e->country, o.country);
            join(e->mentions, o.mentions);
        }
    }
    for (auto &p : part.people) {
        shift(p.mentions);
        if (auto *e = existing(m_x.people, m_people, p.name, p)) {
            fill(e->role, p.role);
            fill(e->organization, p.organization);
            join(e->mentions, p.mentions);
        }
    }
    for (auto &i : part.initiatives) {
        shift(i.mentions);
        if (auto *e = existing(m_x.initiatives, m_initiatives, normalizeKey(i.name), i)) {
            addAliases(e->aliases, i.aliases);
            addUnique(e->owners, i.owners);
            if (!e->date.isValid()) {
                e->date = i.date;
                e->dateText = i.dateText;
            }
            fill(e->partOf, i.partOf);
            join(e->mentions, i.mentions);
        }
    }
    for (auto &m : part.meetings) {
        shift(m.mentions);
        if (auto *e = existing(m_x.meetings, m_meetings, normalizeKey(m.name), m)) {
            addAliases(e->aliases, m.aliases);
            if (!e->date.isValid()) {
                e->date = m.date;
                e->endDate = m.endDate;
                e->dateText = m.dateText;
            }
            fill(e->place, m.place);
            addUnique(e->organizers, m.organizers);
            addUnique(e->participants, m.participants);
            addUnique(e->initiatives, m.initiatives);
            fill(e->partOf, m.partOf);
            fill(e->series, m.series);
            if (e->ordinal == 0)
                e->ordinal = m.ordinal;
            join(e->mentions, m.mentions);
        }
    }
}

} // namespace sillok::core::extract
