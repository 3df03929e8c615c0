#include "ingest/cleaner.h"

#include "common/utf.h"
#include "ingest/noise_rules.h"

#include <algorithm>

namespace sillok::core {

namespace {

struct LineState {
    std::string reason;        // non-empty: noise with this tag
    bool title = false;
    bool strong = false;       // a paragraph of prose (after any byline prefix)
    std::size_t bylineCut = 0; // bytes of a leading byline to split off
    bool inRegion = false;     // inside a related-news, shopping or comments region
    bool photoLabel = false;   // a "caption" that only repeats the headline or titles the photo
    bool validUtf8 = false;    // the line's bytes are well-formed UTF-8 (checked once, for every rule)
};

// Shortest caption text (code points, credit removed) kept as content.
constexpr std::size_t kMinCaptionLength = 10;

bool isRegionReason(std::string_view r)
{
    return r == "related" || r == "shopping" || r == "comments" || r == "caption" || r == "links";
}

std::string collapseSpaces(std::string_view s)
{
    std::string out;
    bool space = false;
    for (const char c : trimSpaces(s)) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

// Fixed, line-local classification. Returns the noise reason or "".
std::string fixedReason(const SourceLine &line)
{
    if (!line.noiseHint.empty())
        return line.noiseHint;
    const std::string &t = line.text;
    if (line.linkDensity >= 0.6 && noise::length(t) < 200)
        return "links";
    if (const std::string_view w = noise::widgetReason(t); !w.empty())
        return std::string(w);
    if (noise::isCounter(t) || noise::isReactionWidget(t) || noise::isToolbarRow(t))
        return "counter";
    if (noise::isArticleActionPrompt(t))
        return "widget";
    if (noise::isCommentMarker(t))
        return "comments";
    if (noise::isCopyrightOrDisclaimer(t))
        return "copyright";
    if (noise::isCaption(t))
        return "caption";
    if (noise::isBylineLine(t))
        return "byline";
    return {};
}

void markRegions(const std::vector<SourceLine> &lines, std::vector<LineState> &st)
{
    bool seenStrong = false;
    std::string region;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string &t = lines[i].text;
        LineState &s = st[i];
        const noise::ValidLineScope valid(t, s.validUtf8);
        if (!region.empty()) {
            const bool resumes = region != "comments" && s.strong && s.reason.empty() && !noise::isTeaserLike(t);
            if (!resumes) {
                s.inRegion = true;
                if (s.reason.empty() || s.reason == "widget" || s.reason == "label" || s.reason == "counter")
                    s.reason = region;
                continue;
            }
            region.clear();
        }
        // Related lists, shopping boxes and comments come after the article: before any prose
        // the same words are only menu entries.
        if (noise::isRelatedMarker(t)) {
            s.reason = seenStrong ? "related" : (s.reason.empty() ? "nav" : s.reason);
            if (seenStrong)
                region = "related";
        } else if (noise::isShoppingMarker(t)) {
            s.reason = seenStrong ? "shopping" : "widget";
            if (seenStrong)
                region = "shopping";
        } else if (s.reason == "comments" && seenStrong) {
            region = "comments";
        }
        if (s.strong && s.reason.empty())
            seenStrong = true;
    }
}

std::size_t firstStrongIndex(const std::vector<LineState> &st)
{
    for (std::size_t i = 0; i < st.size(); ++i)
        if (st[i].strong && st[i].reason.empty())
            return i;
    return st.size();
}

std::optional<Dateline> markDatelines(const std::vector<SourceLine> &lines, std::vector<LineState> &st,
                                      std::size_t &firstDatelineIndex)
{
    const std::size_t firstStrong = firstStrongIndex(st);
    std::optional<Dateline> best;
    firstDatelineIndex = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (isRegionReason(st[i].reason))
            continue;
        auto d = parseDateline(lines[i].text, i < firstStrong);
        if (!d)
            continue;
        st[i].reason = "dateline";
        st[i].strong = false;
        firstDatelineIndex = std::min(firstDatelineIndex, i);
        if (!best || d->rank < best->rank)
            best = std::move(d);
    }
    return best;
}

bool repeatsTitle(std::string_view line, const std::string &title)
{
    const std::string l = collapseSpaces(line);
    if (l == title)
        return true;
    // "Headline - Site" / "Headline | Site" in <title> against the bare headline on the page.
    return l.size() >= 10 && title.starts_with(l) && title.size() > l.size()
        && std::string_view(" -|:·").find(title[l.size()]) != std::string_view::npos;
}

std::string chooseTitle(const std::vector<SourceLine> &lines, std::vector<LineState> &st,
                        const std::vector<std::string> &knownTitles, std::size_t firstDateline)
{
    const std::size_t firstStrong = firstStrongIndex(st);
    std::size_t chosen = lines.size();
    std::string title;
    for (const std::string &known : knownTitles) {
        const std::string candidate = collapseSpaces(known);
        if (candidate.empty())
            continue;
        for (std::size_t i = 0; i < lines.size() && chosen == lines.size(); ++i)
            if (!st[i].strong && (st[i].reason.empty() || lines[i].role == LineRole::Heading)
                && repeatsTitle(lines[i].text, candidate)) {
                chosen = i;
                title = collapseSpaces(lines[i].text);
            }
        if (chosen != lines.size())
            break;
    }
    if (chosen == lines.size() && firstStrong < lines.size()) { // no headline is guessed for a page without prose
        std::size_t firstCandidate = lines.size(), beforeDateline = lines.size();
        for (std::size_t i = 0; i < firstStrong; ++i) {
            if (!st[i].reason.empty() || !noise::isHeadlineLike(lines[i].text))
                continue;
            if (firstCandidate == lines.size())
                firstCandidate = i;
            if (firstDateline < firstStrong && i < firstDateline)
                beforeDateline = i; // the headline sits right above the dateline
        }
        chosen = beforeDateline != lines.size() ? beforeDateline : firstCandidate;
        if (chosen != lines.size())
            title = collapseSpaces(lines[chosen].text);
    }
    if (chosen == lines.size())
        return knownTitles.empty() ? std::string() : collapseSpaces(knownTitles.front());
    st[chosen].title = true;
    st[chosen].reason.clear();
    for (std::size_t i = 0; i < chosen; ++i)
        if (st[i].reason.empty() && !st[i].strong)
            st[i].reason = "nav";
    for (std::size_t i = chosen + 1; i < lines.size(); ++i) {
        if (!st[i].reason.empty() || st[i].strong)
            continue;
        const std::string l = collapseSpaces(lines[i].text);
        if (repeatsTitle(l, title))
            st[i].reason = "title-repeat";
        else if (l.starts_with(title) && l.size() > title.size() + 1
                 && (l[title.size()] == ' ' || l[title.size()] == '-'))
        {
            st[i].reason = "caption"; // the headline reused as an image caption
            st[i].photoLabel = true;
        }
    }
    return title;
}

// Related-news lists without a marker line: after the first paragraph of prose, a run of three
// or more listed headlines, most of them with a date, a source, quotes or an ellipsis, is
// noise. Items of the article's own lists ("▲", "1.", "①") never count as headlines.
void markHeadlineRuns(const std::vector<SourceLine> &lines, std::vector<LineState> &st)
{
    const std::size_t firstStrong = firstStrongIndex(st);
    auto candidate = [&](std::size_t k) {
        const noise::ValidLineScope valid(lines[k].text, st[k].validUtf8);
        return st[k].reason.empty() && !st[k].title && noise::isListedHeadline(lines[k].text)
            && noise::listEnumerator(lines[k].text).empty() && (!st[k].strong || noise::isTeaserLike(lines[k].text));
    };
    for (std::size_t i = firstStrong + 1; i < lines.size();) {
        std::size_t j = i;
        while (j < lines.size() && candidate(j))
            ++j;
        if (j - i >= 3) {
            std::size_t evidence = 0;
            for (std::size_t k = i; k < j; ++k)
                evidence += noise::hasHeadlineEvidence(lines[k].text);
            if (evidence * 2 >= j - i && evidence >= 2)
                for (std::size_t k = i; k < j; ++k)
                    st[k].reason = "related";
        }
        i = j == i ? i + 1 : j;
    }
}

// Short unlabelled lines: subtitles before the body, fragments inside it, furniture after it.
void classifyRest(const std::vector<SourceLine> &lines, std::vector<LineState> &st)
{
    const std::size_t firstStrong = firstStrongIndex(st);
    std::size_t lastStrong = 0;
    for (std::size_t i = 0; i < st.size(); ++i)
        if (st[i].strong && st[i].reason.empty())
            lastStrong = i;
    // Runs of three or more very short lines are menus wherever they are.
    for (std::size_t i = 0; i < lines.size();) {
        std::size_t j = i;
        while (j < lines.size() && st[j].reason.empty() && !st[j].title && !st[j].strong
               && noise::length(lines[j].text) <= 15 && !noise::isSentenceLike(lines[j].text))
            ++j;
        if (j - i >= 3)
            for (std::size_t k = i; k < j; ++k)
                st[k].reason = "nav";
        i = j == i ? i + 1 : j;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        LineState &s = st[i];
        if (!s.reason.empty() || s.title || s.strong)
            continue;
        const std::string &t = lines[i].text;
        const std::size_t len = noise::length(t);
        const bool prose = len >= 10 && noise::isProse(t);
        if (firstStrong == lines.size())
            s.reason = prose ? "" : "nav";
        else if (i < firstStrong)
            s.reason = prose || (len >= 8 && noise::isHeadlineLike(t)) ? "" : "nav"; // subtitles stay
        else if (i > lastStrong)
            s.reason = len >= 10 && noise::isSentenceLike(t) && lines[i].linkDensity < 0.3 ? "" : "tail";
        else
            s.reason = len >= 4 ? "" : "fragment";
    }
}

void emit(CleanResult &out, BlockKind kind, std::string text, const std::string &reason)
{
    if (kind == BlockKind::Noise && !out.blocks.empty() && out.blocks.back().kind == BlockKind::Noise
        && out.blocks.back().reason == reason) {
        out.blocks.back().text += '\n';
        out.blocks.back().text += text;
        return;
    }
    TextBlock b;
    b.kind = kind;
    b.text = std::move(text);
    b.reason = kind == BlockKind::Noise ? reason : std::string();
    out.blocks.push_back(std::move(b));
}

// A caption of the article (not inside a related or shopping region, not a photo label): its
// text is a Caption block and its credit a Noise block "credit". Returns false, emitting
// nothing, when too little is left once the credit is removed ("화웨이 로고 / 로이터=연합뉴스").
bool emitCaption(CleanResult &out, const std::string &line)
{
    noise::CaptionParts parts = noise::splitCaption(line);
    if (noise::length(parts.text) < kMinCaptionLength)
        return false;
    emit(out, BlockKind::Caption, std::move(parts.text), {});
    if (!parts.credit.empty())
        emit(out, BlockKind::Noise, std::move(parts.credit), "credit");
    return true;
}

} // namespace

CleanResult cleanLines(const std::vector<SourceLine> &lines, const std::vector<std::string> &knownTitles)
{
    CleanResult out;
    std::vector<LineState> st(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        st[i].validUtf8 = isValidUtf8(lines[i].text);
        const noise::ValidLineScope valid(lines[i].text, st[i].validUtf8); // every rule below trims the line
        st[i].reason = fixedReason(lines[i]);
        if (!st[i].reason.empty())
            continue;
        const std::string &t = lines[i].text;
        const std::size_t cut = noise::bylinePrefixLength(t);
        const std::string_view rest = trimSpaces(std::string_view(t).substr(cut));
        if (cut > 0 && rest.empty()) {
            st[i].reason = "byline";
            continue;
        }
        st[i].bylineCut = cut;
        st[i].strong = noise::isStrongBody(rest);
    }
    markRegions(lines, st);
    std::size_t firstDateline = lines.size();
    out.dateline = markDatelines(lines, st, firstDateline);
    // A short line right above a caption, with no blank line between, is the photo's title.
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        if (st[i].reason.empty() && !st[i].strong && !lines[i + 1].blankBefore && st[i + 1].reason == "caption"
            && noise::length(lines[i].text) <= 60) {
            st[i].reason = "caption";
            st[i].photoLabel = true;
        }
    out.title = chooseTitle(lines, st, knownTitles, firstDateline);
    markHeadlineRuns(lines, st);
    classifyRest(lines, st);

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string &t = lines[i].text;
        const LineState &s = st[i];
        if (s.title) {
            emit(out, BlockKind::Title, t, {});
        } else if (s.reason == "caption" && !s.inRegion && !s.photoLabel && emitCaption(out, t)) {
            // a caption of the article: content, its credit noise
        } else if (!s.reason.empty()) {
            emit(out, BlockKind::Noise, t, s.reason);
        } else if (s.bylineCut > 0) {
            emit(out, BlockKind::Noise, std::string(trimSpaces(std::string_view(t).substr(0, s.bylineCut))), "byline");
            emit(out, BlockKind::Body, std::string(trimSpaces(std::string_view(t).substr(s.bylineCut))), {});
        } else {
            emit(out, BlockKind::Body, t, {});
        }
    }
    return out;
}

} // namespace sillok::core
