#pragma once
// Stable entity keys (uids) for merging one article's extraction into the cross-article graph.
// A uid depends only on names, gazetteer ids, ordinals and dates, never on row ids or import
// order, so re-importing or re-extracting finds the same entity and user decisions (keyed by
// uid) still apply. Pure functions; thread-safe.
//
//   organization  "organization:gaz:<gazetteer id>"  or  "organization:<name key>"
//   person        "person:<name key>@<organization uid>"  or  "person:<name key>"
//   initiative    "initiative:<name key>"
//   meeting       "meeting:<series key>#<N>" (제N차 / N차 / 제N회)
//                 else "meeting:<name key>@<YYYY[-MM[-DD]]>"  or  "meeting:<name key>"
//                 a bare kind noun ("기자회견") is scoped to its article: "…~<article uid>"

#include "common/partial_date.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class Lexicon;

// Case-, width-, space- and punctuation-insensitive key of a name (NFKC case-folded, only
// letters and digits kept). "AI-반도체 이니셔티브" → "ai반도체이니셔티브". "" for no letters.
std::string entityNormKey(std::string_view name);

// The name with a trailing Korean particle removed when the particle agrees with the stem's
// final consonant and at least two syllables stay ("퓨리오사AI는" → "퓨리오사AI",
// "리벨리온과" → "리벨리온"; "케이" stays). Conservative: 의/도/로/만 are never stripped.
std::string stripTrailingParticle(std::string_view name);

// entityNormKey without company designators ((주), ㈜, 주식회사, (유), 유한회사, Inc., Co., Ltd.,
// Corp.) and without a trailing particle.
std::string organizationNameKey(std::string_view name);

std::string organizationUid(std::string_view name, std::string_view gazetteerId);
std::string personUid(std::string_view name, std::string_view organizationUid);
// The organization uid a person's uid carries (what tells namesakes apart):
// "person:강동@organization:별가테크" → "organization:별가테크". "" for any other uid.
std::string_view personOrganizationUid(std::string_view uid);
std::string initiativeUid(std::string_view name);

struct MeetingOrdinal {
    std::string series; // the name without its ordinal token, spaces tidied
    int ordinal = 0;    // 0 when the name has none
};
// Finds "제N차", "N차", "N차회의"-style and "제N회" ordinals: "제4차 AI 반도체 최고위 전략대화" →
// {"AI 반도체 최고위 전략대화", 4}; "AI반도체분과 1차회의" → {"AI반도체분과 회의", 1}.
MeetingOrdinal splitMeetingOrdinal(std::string_view name);

// True for a meeting name that only says what kind of event it is — a meeting head noun of the
// lexicon (`meeting_head`: "회의", "기자회견", "컨퍼런스", "전략대화"), possibly after an ordinal or
// determiners (`meeting_determiner`: "1차회의", "첫 회의", "이번 회의", "제3차 전략대화"). Such a
// name identifies nothing outside the article that uses it. `lexicon` is the extraction
// context's (never a process-wide one).
bool isGenericMeetingName(std::string_view name, const Lexicon &lexicon);
// The head noun of a generic meeting name ("제3차 전략대화" → "전략대화"), "" when the name is not
// generic (or is only an ordinal or a determiner).
std::string genericMeetingHead(std::string_view name, const Lexicon &lexicon);

// `series`/`ordinal` come from the extractor (may be empty/0: then parsed from `name`).
// `articleScope` (the article's uid, may be empty) keeps a generic name (isGenericMeetingName)
// to its article: "meeting:<name key>[@<date>]~<scope>", so two articles' "기자회견" never merge
// by name alone (a user can still merge them).
// `lexicon` tells a generic name (only consulted with an `articleScope`).
std::string meetingUid(std::string_view name, std::string_view series, int ordinal, const PartialDate &date,
                       const Lexicon &lexicon, std::string_view articleScope = {});
// "meeting:<name key>": the uid prefix shared by every dated occurrence of an unnumbered meeting.
std::string meetingNameUid(std::string_view name);

// The parent initiative a phase-named initiative belongs to: "K-클라우드 프로젝트 1단계 실증사업"
// → "K-클라우드 프로젝트" (text before a "N단계"/"N차"/"N기" token); "" when there is none.
std::string parentInitiativeName(std::string_view name);

// The name an initiative goes by without its leading adnominal clause: "국산 AI반도체를 활용한
// K-클라우드 추진방안" → "K-클라우드 추진방안". Only when at least two words remain and one of them
// is distinctive (Latin letters, digits or a hyphen: "종합 계획" alone names nothing); "" otherwise.
std::string initiativeCoreName(std::string_view name);

// Another-script name written in parentheses right after a mention: for the span [start, end)
// of `text` (code points), "엔비디아(NVIDIA)" gives "NVIDIA" and "NVIDIA(엔비디아)" gives
// "엔비디아". Only a Latin name after a Hangul one or the reverse; "" otherwise.
std::string parenthesizedAlias(std::u32string_view text, int start, int end);

// True when the text contains a Latin letter and no Hangul (an English/romanized name).
bool isLatinName(std::string_view name);

} // namespace sillok::core
