#pragma once
// What an import's worker hands the writer (pipeline/prepare.h), printed one article a line: the
// search tokens of both modes, the MinHash signature and band keys, the packed text, the
// extraction's mentions and the merge plan's entities, mentions and facts, each as a 64-bit FNV-1a
// digest. Two builds whose digests of the same files are equal hand the writer the same articles;
// `extract_bench --digest FILE...` prints them (used to check that a speed-up changes nothing).

#include "pipeline/prepare.h"

#include <cstdio>

namespace sillok::bench {

void printPreparedDigest(std::FILE *out, const core::PreparedArticle &p);

} // namespace sillok::bench
