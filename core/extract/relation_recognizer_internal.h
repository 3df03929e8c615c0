#pragma once
// Private to relation_recognizer.cpp and relation_referents.cpp: the referents a sentence
// leaves unsaid (an initiative named before it, the latest initiative or alliance of the
// sentences before), which the Collector adds to the sentence's names.

#include "extract/article_text.h"
#include "extract/extraction.h"
#include "extract/relation_reader.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace sillok::core::extract::relation_internal {

using relation::Arg;

// The latest mention before each sentence of an initiative and of an alliance recognised as an
// organisation, computed once per article in one sweep (the referents of listedParticipants()
// and fundedInitiative()).
struct Latest {
    std::size_t index = 0;
    const Mention *mention = nullptr;
};

struct LatestBefore {
    std::vector<Latest> initiative; // by sentence: the latest initiative mention in an earlier sentence
    std::vector<Latest> alliance;
};

// "이 사업에는 A, B가 참여한다", "얼라이언스에는 …", "과기정통부는 이 사업에 … 투입한다": a sentence
// that names no initiative but refers back to one with its head noun (`initiative_head`), bare
// at the start of the sentence or after a demonstrative, is about the latest initiative with
// that head named in the three sentences before. The referent's Arg stands at the referring
// word (its particle, its token) with the initiative's last mention before the sentence.
std::optional<Arg> referredInitiative(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                      const std::vector<ExtractedInitiative> &initiatives, const std::vector<Arg> &args,
                                      int sentence);
std::optional<Arg> listedParticipants(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                      const std::vector<ExtractedInitiative> &initiatives, const LatestBefore &latest,
                                      const std::vector<Arg> &args, int sentence);
std::optional<Arg> fundedInitiative(const ArticleText &at, const LatestBefore &latest, std::vector<Arg> &args,
                                    int sentence);

} // namespace sillok::core::extract::relation_internal
