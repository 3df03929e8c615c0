#pragma once
// The stored form of an article's text: raw deflate (level 5) with a frozen preset
// dictionary of Korean news prose (text_pack_dictionary.inc), about 2.6× smaller than UTF-8 on
// news of 2–4 KB, where plain deflate reaches 1.9×. The library keeps each article's text once, in
// this form (article.body); the store's SQL function sillok_text() unpacks it for every reader,
// the FTS5 indexes included (store/database.cpp, search/search_schema.cpp).
//
// Format: "SK", a format byte (1), a raw deflate stream made with the dictionary, and the Adler-32
// of the text, so a damaged blob, or one of another format, is refused rather than read as
// garbage.

#include "common/result.h"

#include <string>
#include <string_view>

namespace sillok::core {

// `text` packed (any bytes; an empty text packs to a short stream too). Fails only when zlib
// cannot get memory (ErrorCode::Internal).
Result<std::string> packText(std::string_view text);

// The text of a blob made by packText(). ErrorCode::Database when the blob is not such a stream
// (damaged, or packed with another dictionary).
Result<std::string> unpackText(std::string_view packed);

// True when `bytes` begin as packText() output does (its magic and format byte).
bool isPackedText(std::string_view bytes);

} // namespace sillok::core
