#include "search/match_query.h"

#include "common/utf.h"
#include "search/korean_tokenizer.h"
#include "search/term_check.h"
#include "text/normalize.h"
#include "text/particles.h"

#include <algorithm>

namespace sillok::core {

namespace {

// Tokens allowed between the words of a multi-word name written apart (see buildMatchQuery).
constexpr std::size_t kNearTokens = 1;

bool isQuote(char32_t c) { return c == U'"' || c == 0x201C || c == 0x201D || c == 0xFF02; }

struct TermExprs {
    std::string word;
    std::string bigram;
    std::vector<std::string> checks; // the bigram side's alternatives for term_check.h
    std::vector<std::string> highlights;
    bool ok = false;
};

// The bigram index keeps no positions (detail=none: search_schema.cpp), so a text is every one of
// its bigrams in an article, not their sequence. Each token is its own quoted string, which the
// tokenizer reads back as that one token (a bigram, a unigram or a Latin word).
std::string allBigrams(const std::vector<SearchToken> &tokens)
{
    std::vector<std::string> unique;
    for (const SearchToken &t : tokens) {
        std::string q = quoteFts5(t.text);
        if (std::find(unique.begin(), unique.end(), q) == unique.end())
            unique.push_back(std::move(q));
    }
    if (unique.size() == 1)
        return unique.front();
    std::string all = "(";
    for (std::size_t k = 0; k < unique.size(); ++k)
        all += (k ? " AND " : "") + unique[k];
    return all + ")";
}

// Expressions for one literal text (a term or an alias); ok=false when it has no tokens.
TermExprs literalExprs(const std::string &text)
{
    TermExprs e;
    const auto bigrams = tokenizeForSearch(text, TokenizerMode::Bigram, true);
    const auto words = tokenizeForSearch(text, TokenizerMode::Word, true);
    if (bigrams.empty() || words.empty())
        return e;
    e.ok = true;
    const std::string quoted = quoteFts5(text);
    e.highlights.push_back(text);
    const std::u32string cps = toU32(bigrams.front().text);
    const bool oneSyllable = bigrams.size() == 1 && cps.size() == 1 && isHangulLetter(cps[0]);
    if (oneSyllable) {
        e.bigram = "(" + quoted + " OR " + quoted + "*)";
        e.word = e.bigram;
        e.checks = {std::string()};
        return e;
    }
    // Two Latin or digit words (SK Telecom) have no bigram across them: their AND would be the
    // words anywhere in an article. Such a text has no bigram expression; the word index, with
    // positions, finds it.
    const auto latin = std::count_if(bigrams.begin(), bigrams.end(), [](const SearchToken &t) {
        const std::u32string c = toU32(t.text);
        return !c.empty() && !isHangulLetter(c.front()) && c.front() < 0x2E80; // not Hangul, Han or Kana
    });
    e.bigram = latin >= 2 ? std::string() : allBigrams(bigrams);
    e.checks = {termCheckPieces(text)};
    e.word = quoted;
    if (words.size() == 1 && std::all_of(cps.begin(), cps.end(), isHangulLetter)) {
        const std::u32string word = toU32(words.front().text);
        const std::u32string stem = stripParticle(std::u32string_view(word));
        if (stem != word) {
            const std::string stem8 = toUtf8(stem);
            e.word = "(" + quoted + " OR " + quoteFts5(stem8) + ")";
            e.highlights.push_back(stem8);
        }
    }
    return e;
}

std::string joinOr(const std::vector<std::string> &parts)
{
    if (parts.size() == 1)
        return parts.front();
    std::string out = "(";
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? " OR " : "") + parts[i];
    return out + ")";
}

// A Hangul name of one or two syllables (산은, 과기부 is three): inside longer words it is
// mostly something else (생산은, 예산은), so as another name of an entity it matches whole words
// only (the word index), never a piece of a word (the bigram index).
bool isShortHangulName(const std::string &name)
{
    const std::u32string cps = toU32(name);
    return cps.size() <= 2 && std::all_of(cps.begin(), cps.end(), isHangulLetter);
}

// Expressions for an alias group: the OR of every name that has tokens.
TermExprs groupExprs(const std::vector<std::string> &group)
{
    TermExprs e;
    std::vector<std::string> words;
    std::vector<std::string> bigrams;
    std::vector<std::string> shortBigrams;
    std::vector<std::string> checks;
    std::vector<std::string> shortChecks;
    for (const std::string &name : group) {
        TermExprs one = literalExprs(name);
        if (!one.ok || std::find(words.begin(), words.end(), one.word) != words.end())
            continue;
        words.push_back(one.word);
        const bool isShort = isShortHangulName(name);
        std::vector<std::string> &into = isShort ? shortBigrams : bigrams;
        if (!one.bigram.empty() && std::find(into.begin(), into.end(), one.bigram) == into.end()) {
            into.push_back(one.bigram);
            (isShort ? shortChecks : checks).push_back(one.checks.front());
        }
        e.highlights.insert(e.highlights.end(), one.highlights.begin(), one.highlights.end());
    }
    if (words.empty())
        return e;
    if (bigrams.empty()) {
        bigrams = shortBigrams;
        checks = shortChecks;
    }
    e.ok = true;
    e.checks = checks;
    e.word = joinOr(words);
    e.bigram = bigrams.empty() ? std::string() : joinOr(bigrams); // no name the bigram index can ask for
    return e;
}

} // namespace

std::string quoteFts5(std::string_view text)
{
    std::string out = "\"";
    for (char ch : text) {
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F)
            out += ' ';
        else if (ch == '"')
            out += "\"\"";
        else
            out += ch;
    }
    return out + "\"";
}

std::vector<QueryTerm> splitQueryTerms(std::string_view userText)
{
    std::vector<QueryTerm> terms;
    const std::u32string cps = toU32(userText);
    std::u32string current;
    bool inPhrase = false;
    auto flush = [&](bool phrase) {
        if (!current.empty())
            terms.push_back(QueryTerm{toUtf8(current), phrase});
        current.clear();
    };
    for (char32_t c : cps) {
        if (isQuote(c)) {
            flush(inPhrase);
            inPhrase = !inPhrase;
        } else if (!inPhrase && (isSpace(c) || c < 0x20)) {
            flush(false);
        } else {
            current.push_back(c < 0x20 ? U' ' : c);
        }
    }
    flush(inPhrase);
    return terms;
}

Result<MatchQuery> buildMatchQuery(std::string_view userText, const std::vector<std::vector<std::string>> &aliasGroups)
{
    const std::vector<QueryTerm> terms = splitQueryTerms(userText);
    std::vector<std::vector<std::string>> groupKeys;
    for (const auto &group : aliasGroups) {
        std::vector<std::string> keys;
        for (const std::string &name : group) {
            std::string k = normalizeKey(name);
            if (!k.empty())
                keys.push_back(std::move(k));
        }
        groupKeys.push_back(std::move(keys));
    }
    auto groupOf = [&](const std::string &key) -> int {
        for (std::size_t g = 0; g < groupKeys.size(); ++g) {
            if (std::find(groupKeys[g].begin(), groupKeys[g].end(), key) != groupKeys[g].end())
                return static_cast<int>(g);
        }
        return -1;
    };

    MatchQuery q;
    std::vector<std::string> words;
    std::vector<std::string> bigrams;
    std::vector<std::vector<std::string>> checks;
    for (std::size_t i = 0; i < terms.size();) {
        TermExprs e;
        std::size_t used = 1;
        if (!groupKeys.empty()) {
            std::string key;
            for (std::size_t j = i; j < terms.size(); ++j) { // longest run of terms naming a group
                key += normalizeKey(terms[j].text);
                if (const int g = groupOf(key); g >= 0 && !key.empty()) {
                    TermExprs ge = groupExprs(aliasGroups[static_cast<std::size_t>(g)]);
                    if (ge.ok) {
                        if (j > i) {
                            // "베트남 정부" names an entity, but an article may write "베트남
                            // 정부는" or "정부, 베트남" with the words side by side: the names OR
                            // the words within a few tokens (NEAR). Never the words anywhere in
                            // the article: "SK Telecom" is not "SK" in SK하이닉스 plus "Telecom"
                            // somewhere else.
                            std::vector<std::string> phrases;
                            bool nearable = true;
                            for (std::size_t k = i; k <= j && nearable; ++k) {
                                const auto tokens = tokenizeForSearch(terms[k].text, TokenizerMode::Bigram, true);
                                if (tokens.empty())
                                    continue;
                                const std::u32string cps = toU32(terms[k].text);
                                nearable = !(cps.size() == 1 && isHangulLetter(cps[0]));
                                phrases.push_back(quoteFts5(terms[k].text));
                            }
                            if (nearable && phrases.size() > 1) {
                                std::string near = "NEAR(";
                                for (std::size_t k = 0; k < phrases.size(); ++k)
                                    near += (k ? " " : "") + phrases[k];
                                near += ", " + std::to_string(kNearTokens + (phrases.size() - 2)) + ")";
                                // The bigram index has no positions for NEAR: the word index
                                // finds the words side by side.
                                ge.word = "(" + ge.word + " OR " + near + ")";
                            }
                        }
                        e = std::move(ge);
                        used = j - i + 1;
                    }
                }
            }
        }
        if (!e.ok)
            e = literalExprs(terms[i].text);
        i += used;
        if (!e.ok)
            continue;
        words.push_back(std::move(e.word));
        bigrams.push_back(std::move(e.bigram));
        checks.push_back(std::move(e.checks));
        for (std::string &h : e.highlights) {
            if (std::find(q.highlightTerms.begin(), q.highlightTerms.end(), h) == q.highlightTerms.end())
                q.highlightTerms.push_back(std::move(h));
        }
    }
    // A term the bigram index cannot ask for leaves the query to the word index alone.
    const bool bigramSide =
        std::none_of(bigrams.begin(), bigrams.end(), [](const std::string &b) { return b.empty(); });
    for (std::size_t k = 0; k < words.size(); ++k) {
        q.wordExpr += (k ? " AND " : "") + words[k];
        if (bigramSide)
            q.bigramExpr += (k ? " AND " : "") + bigrams[k];
    }
    if (bigramSide)
        q.bigramCheck = makeTermCheck(checks);
    return q;
}

} // namespace sillok::core
