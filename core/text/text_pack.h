#pragma once
// The stored form of an article's text: zstd with a frozen preset dictionary of Korean news prose
// (text_pack_dictionary.inc, taken as raw content), about 2.4× smaller than UTF-8 on news of
// 2–4 KB. The library keeps each article's text once, in this form (article.body); the store's
// SQL function sillok_text() unpacks it for every reader, the FTS5 indexes included
// (store/database.cpp, search/search_schema.cpp).
//
// Format: "SK", a format byte, then the packed text. Format 2 (written now): a zstd frame holding
// the text's size and a checksum of it. Format 1 (written before 2026-12-05, still read): a raw
// deflate stream made with the same dictionary, then the Adler-32 of the text. A damaged blob, or
// one of another format, is refused rather than read as garbage.

#include "common/result.h"

#include <string>
#include <string_view>

namespace sillok::core {

// `text` packed in format 2 (any bytes; an empty text packs to a short frame too). Fails when zstd
// cannot get memory (ErrorCode::Internal) and for a text over 1 GiB (ErrorCode::Unsupported).
Result<std::string> packText(std::string_view text);

// The text of a blob made by packText(), in either format. ErrorCode::Database when the blob is not
// such a stream (damaged, or packed with another dictionary).
Result<std::string> unpackText(std::string_view packed);

// True when `bytes` begin as packText() output of either format does (its magic and format byte).
bool isPackedText(std::string_view bytes);

} // namespace sillok::core
