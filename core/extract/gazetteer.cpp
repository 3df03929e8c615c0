#include "extract/gazetteer.h"

#include "common/fields.h"
#include "common/utf.h"
#include "embedded_resources.h"
#include "ingest/sha256.h"
#include "extract/text_scan.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sillok::core {

using namespace extract;

struct Gazetteer::Trie {
    struct Node {
        std::vector<std::pair<char32_t, int>> next; // sorted by character
        int entry = -1;
    };
    std::vector<Node> nodes{1};
    // A bit for the low 12 bits of each first letter of an entry: most letters of a text start none,
    // and are rejected here before the root's children are searched.
    std::array<std::uint64_t, 64> firstLetters{};

    bool mayStart(char32_t c) const { return ((firstLetters[(c >> 6) & 63] >> (c & 63)) & 1) != 0; }
    int child(int node, char32_t c) const
    {
        const auto &n = nodes[static_cast<std::size_t>(node)].next;
        auto it = std::lower_bound(n.begin(), n.end(), c, [](const auto &p, char32_t x) { return p.first < x; });
        return (it != n.end() && it->first == c) ? it->second : -1;
    }
    void insert(std::u32string_view key, int entry)
    {
        int node = 0;
        if (!key.empty())
            firstLetters[(key.front() >> 6) & 63] |= 1ULL << (key.front() & 63);
        for (char32_t c : key) {
            int nx = child(node, c);
            if (nx < 0) {
                nx = static_cast<int>(nodes.size());
                nodes.emplace_back();
                auto &n = nodes[static_cast<std::size_t>(node)].next;
                auto it = std::lower_bound(n.begin(), n.end(), c, [](const auto &p, char32_t x) { return p.first < x; });
                n.insert(it, {c, nx});
            }
            node = nx;
        }
        auto &slot = nodes[static_cast<std::size_t>(node)].entry;
        if (slot < 0)
            slot = entry;
    }
};

Gazetteer::Gazetteer() : m_trie(std::make_unique<Trie>()) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer &&) noexcept = default;
Gazetteer &Gazetteer::operator=(Gazetteer &&) noexcept = default;

namespace {

std::string trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r'))
        s.remove_suffix(1);
    return std::string(s);
}

} // namespace

void Gazetteer::addKey(const std::string &name, int entry)
{
    const auto key32 = normalizeKey32(toU32(name));
    if (key32.empty())
        return;
    m_byKey.emplace(toUtf8(key32), entry);
    m_trie->insert(key32, entry);
}

Result<Gazetteer> Gazetteer::fromTsv(std::string_view tsv)
{
    Gazetteer g;
    g.m_fingerprint = sha256Hex(tsv).substr(0, 16);
    std::size_t pos = 0;
    int lineNo = 0;
    while (pos < tsv.size()) {
        auto nl = tsv.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = tsv.size();
        const std::string_view line = tsv.substr(pos, nl - pos);
        pos = nl + 1;
        if (++lineNo == 1 || line.empty() || line.front() == '#' || line == "\r")
            continue;
        const auto cols = splitFields(line, '\t');
        if (cols.size() < 3)
            return fail(ErrorCode::Parse, "gazetteer line " + std::to_string(lineNo) + ": expected id, name, kind");
        GazetteerEntry e;
        e.id = trim(cols[0]);
        e.name = trim(cols[1]);
        e.kind = trim(cols[2]);
        e.country = cols.size() > 3 ? trim(cols[3]) : std::string();
        e.english = cols.size() > 4 ? trim(cols[4]) : std::string();
        if (cols.size() > 5) {
            for (auto a : splitFields(cols[5], '|')) {
                auto alias = trim(a);
                if (!alias.empty() && alias != e.name)
                    e.aliases.push_back(std::move(alias));
            }
        }
        if (e.name.empty())
            continue;
        g.m_entries.push_back(std::move(e));
    }
    for (std::size_t i = 0; i < g.m_entries.size(); ++i) {
        const auto &e = g.m_entries[i];
        const int idx = static_cast<int>(i);
        g.m_byId.emplace(e.id, idx); // the first entry of an id wins
        g.addKey(e.name, idx);
        for (const auto &a : e.aliases)
            g.addKey(a, idx);
    }
    // English names are looked up but matched in text only when listed as an alias: long
    // English descriptions ("Ministry of ...") never appear verbatim in Korean articles.
    for (std::size_t i = 0; i < g.m_entries.size(); ++i) {
        const auto key = normalizeKey(g.m_entries[i].english);
        if (!key.empty())
            g.m_byKey.emplace(key, static_cast<int>(i));
    }
    return g;
}

const Gazetteer &Gazetteer::builtin()
{
    static const Gazetteer instance = [] {
        // SILLOK_GAZETTEER names a TSV file that replaces the embedded one (trying new rows
        // without rebuilding); an unreadable file falls back to the embedded data. A folder
        // opens as a stream on Linux and then fails every read: only a regular file is read.
        std::error_code ec;
        if (const char *path = std::getenv("SILLOK_GAZETTEER");
            path && *path && std::filesystem::is_regular_file(path, ec)) {
            std::ifstream in(path, std::ios::binary);
            std::stringstream buf;
            buf << in.rdbuf();
            if (in) {
                if (auto parsed = fromTsv(buf.str()))
                    return std::move(*parsed);
            }
        }
        auto parsed = fromTsv(sillok::resources::embeddedFile("gazetteer/organizations.tsv"));
        return parsed ? std::move(*parsed) : Gazetteer();
    }();
    return instance;
}

int Gazetteer::indexOf(std::string_view name) const
{
    const auto it = m_byKey.find(normalizeKey(name));
    return it == m_byKey.end() ? -1 : it->second;
}

const GazetteerEntry *Gazetteer::byId(std::string_view id) const
{
    const auto it = m_byId.find(std::string(id));
    return it == m_byId.end() ? nullptr : &m_entries[static_cast<std::size_t>(it->second)];
}

const GazetteerEntry *Gazetteer::lookup(std::string_view name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &m_entries[static_cast<std::size_t>(i)];
}

std::vector<std::string> Gazetteer::aliasGroup(std::string_view name) const
{
    const auto *e = lookup(name);
    if (!e)
        return {std::string(name)};
    std::vector<std::string> out{e->name};
    for (const auto &a : e->aliases)
        out.push_back(a);
    if (!e->english.empty() && std::ranges::find(out, e->english) == out.end())
        out.push_back(e->english);
    return out;
}

std::vector<GazetteerMatch> Gazetteer::findAll(std::string_view utf8Text) const
{
    return findAll(std::u32string_view(toU32(utf8Text)));
}

std::vector<GazetteerMatch> Gazetteer::findAll(std::u32string_view text) const
{
    // Folded text without ignorable characters, with the original index of each kept char; the
    // buffers are kept per thread (a call per article window).
    thread_local std::u32string folded;
    thread_local std::vector<int> origin;
    folded.clear();
    origin.clear();
    folded.reserve(text.size());
    origin.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isKeyIgnorable(text[i])) {
            folded.push_back(foldChar(text[i]));
            origin.push_back(static_cast<int>(i));
        }
    }
    std::vector<GazetteerMatch> out;
    const int n = static_cast<int>(text.size());
    std::size_t k = 0;
    while (k < folded.size()) {
        if (!m_trie->mayStart(folded[k])) { // no entry starts with this letter
            ++k;
            continue;
        }
        const int start = origin[k];
        const char32_t first = text[static_cast<std::size_t>(start)];
        const char32_t before = start > 0 ? text[static_cast<std::size_t>(start - 1)] : U' ';
        const bool leftOk = isLatin(first) || isDigit(first) ? !(isLatin(before) || isDigit(before))
                                                             : !isHangul(before);
        int bestEnd = -1;
        int bestEntry = -1;
        std::size_t bestLen = 0;
        if (leftOk) {
            int node = 0;
            for (std::size_t j = k; j < folded.size(); ++j) {
                node = m_trie->child(node, folded[j]);
                if (node < 0)
                    break;
                const int entry = m_trie->nodes[static_cast<std::size_t>(node)].entry;
                if (entry < 0)
                    continue;
                const int end = origin[j] + 1;
                const char32_t last = text[static_cast<std::size_t>(end - 1)];
                const char32_t after = end < n ? text[static_cast<std::size_t>(end)] : U' ';
                bool rightOk = true;
                if ((isLatin(last) || isDigit(last)) && (isLatin(after) || isDigit(after)))
                    rightOk = false;
                if (rightOk && isHangul(after)) {
                    int e = end;
                    while (e < n && isHangul(text[static_cast<std::size_t>(e)]))
                        ++e;
                    rightOk = isParticleTail(text.substr(static_cast<std::size_t>(end), static_cast<std::size_t>(e - end)));
                }
                if (rightOk) {
                    bestEnd = end;
                    bestEntry = entry;
                    bestLen = j - k + 1;
                }
            }
        }
        if (bestEnd > 0) {
            out.push_back({start, bestEnd, bestEntry});
            k += bestLen;
        } else {
            ++k;
        }
    }
    return out;
}

} // namespace sillok::core
