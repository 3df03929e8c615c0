#include "extract/relation_reader.h"

#include "extract/text_scan.h"

#include <algorithm>

// Shareholders named with their stakes (SentenceReader::shareholders()).

namespace sillok::core::extract::relation {

namespace {

bool percent(const Token &t)
{
    return t.text.find(U'%') != std::u32string::npos || t.text.find(U"퍼센트") != std::u32string::npos;
}

} // namespace

// "주요 주주로는 A(지분율 12.4%)와 B(7.1%) 등이 있다", "지분율은 A가 86.5%로 가장 많고 B 6%, C
// 5.5% 순이다", "A와 B가 각각 7%대 지분을 갖고 있다", "X의 최대주주는 지분 45%를 가진 A이다": in a
// sentence about shares (a word opening with 주주, 최대주주 or 지분), an organisation given a stake
// (a percentage within three tokens after it, its gloss included) or named as the (largest)
// shareholders after "주주는/주주로는" invests in the company whose shares they are: the one named
// with 의 right before the shareholder word, else the company that raised money before or the
// article's company (kCompany).
std::vector<std::pair<Found, std::size_t>> SentenceReader::shareholders() const
{
    std::vector<std::pair<Found, std::size_t>> out;
    std::size_t word = m_last;   // the first shareholder word
    std::size_t listed = m_last; // "주주는", "주주로는": the shareholders are named after it
    for (std::size_t k = m_first; k < m_last; ++k) {
        const auto &w = m_toks[k].text;
        if (m_toks[k].punct)
            continue;
        const bool holder = w.starts_with(U"주주") || w.starts_with(U"최대주주") || w.starts_with(U"대주주");
        if (holder || w.starts_with(U"지분"))
            word = std::min(word, k);
        if (holder && (m_toks[k].tail == U"는" || m_toks[k].tail == U"로는" || m_toks[k].tail == U"으로는"))
            listed = std::min(listed, k);
    }
    if (word == m_last || mentions("takeover_word"))
        return out;
    // A subsidiary's parent holding its shares is no investor ("C는 P가 지분 100%를 가진 자회사다").
    if (mentions("subsidiary_word"))
        return out;
    // The company whose shares they are: named with 의 right before the word, or bare right before
    // 지분 ("A 지분 30%").
    std::size_t company = m_args.size();
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        const auto &a = m_args[i];
        const bool bare =
            a.role == Role::None && a.tail.empty() && a.after < m_last && m_toks[a.after].text.starts_with(U"지분");
        if (isOrg(i) && ((a.role == Role::Genitive && a.after <= word && word <= a.after + 1) || bare))
            company = i;
    }
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        const auto &a = m_args[i];
        if (!isOrg(i) || i == company || a.referent || a.role == Role::Genitive
            || (company < m_args.size() && a.entity == m_args[company].entity))
            continue;
        bool stake = false;
        for (std::size_t k = a.first; k < m_last && k < a.after + 3 && !stake; ++k)
            stake = percent(m_toks[k]);
        const bool named = listed < m_last && a.first > listed;
        if (stake || named)
            out.push_back({Found{i, company < m_args.size() ? company : kCompany, "investment", 0.7}, word});
    }
    return out;
}

} // namespace sillok::core::extract::relation
