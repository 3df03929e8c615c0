#pragma once
// Private to core/extract: what the words around an unquoted initiative candidate say about it.
// A noun phrase ending in 사업, 전략, 방안, 프로그램… is a named initiative far less often than a
// description ("해외 진출 지원 방안을 논의할", "AI 데이터센터 사업에 칩을 쓸"); these tests read
// the description off its context. Token indexes are into ArticleText::tokens(). Pure; built once
// per article in linear time; thread-safe to read.

#include "extract/article_text.h"
#include "extract/organization_recognizer.h"

#include <cstddef>
#include <string>
#include <vector>

namespace sillok::core::extract {

class InitiativeContext {
public:
    InitiativeContext(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                      const std::vector<OrgSpan> &spans);

    // Token `tok` is inside reported speech: a double-quoted utterance ("…하겠다"고, “…”며) —
    // what someone says about plans is not the name of one.
    bool inSpeech(std::size_t tok) const { return tok < m_speech.size() && m_speech[tok]; }

    // The phrase starting at `first` is owned by a non-organisation: the word before it is a noun
    // in 의 that names no organisation or country ("국산 AI 반도체의 해외 진출 지원 방안",
    // "고객의 첨단 공정 프로젝트").
    bool possessedByNonOrganization(std::size_t first) const;

    // The phrase ending at `head` is the object of a verb of deliberation (`deliberation_verb`:
    // 논의, 검토, 마련, 안내, 담은…) within the next few words of its clause: a plan being talked
    // about is described, not named ("인력 양성 방안을 논의할 예정이다").
    bool deliberated(std::size_t head) const;

    // The organisation that owns the phrase starting at `first`: the one that opened it (`opener`, -1
    // for none), else the possessor right before it ("X의 …"), else the nearest subject
    // (은/는/이/가) before it in its sentence. A subject that is a bare class noun ("회사는",
    // "이 업체는") stands for a company. Returns the owner's kind ("company", "government"…),
    // "" when no owner is found.
    std::string ownerKind(std::size_t first, int opener) const;

private:
    // The organisation whose mention ends at code point `end`, -1 for none.
    int organizationEndingAt(int end) const;

    const ArticleText &m_at;
    const std::vector<ExtractedOrganization> &m_orgs;
    const std::vector<OrgSpan> &m_spans;
    SpansByEnd m_spansByEnd;
    std::vector<bool> m_speech;
};

} // namespace sillok::core::extract
