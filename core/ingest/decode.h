#pragma once
// Bytes → NFC UTF-8 text with "\n" line endings, and the name of the source encoding.
//
// Order of decisions:
//   1. BOM: UTF-8, UTF-16LE/BE, UTF-32LE/BE.
//   2. BOM-less UTF-16 recognised by its NUL-byte pattern (ASCII-heavy text only).
//   3. NUL bytes anywhere else, or > 2% C0 control bytes → Binary.
//   4. Valid UTF-8 wins. UTF-8 that is valid except for one incomplete sequence at the very end
//      (a file cut mid-character) is repaired by dropping those bytes; encoding is then
//      "UTF-8 (truncated)".
//   5. Text that is mostly well-formed UTF-8 with a few bad bytes → Decode (no mojibake guess).
//   6. ICU's charset detector (ucsdet) + strict ICU conversion: EUC-KR is decoded as its
//      superset windows-949 (reported "EUC-KR" when every byte pair is plain EUC-KR, else
//      "CP949"); other detected encodings are accepted only with confidence >= 50.
//   7. Nothing converts without errors → Decode.
// Empty input, or input that is only whitespace once decoded → Empty.

#include "common/result.h"
#include "text/normalize.h" // normalizeNfc

#include <string>
#include <string_view>

namespace sillok::core {

struct DecodedText {
    std::string text;     // NFC UTF-8, "\r\n" and "\r" turned into "\n"
    std::string encoding; // e.g. "UTF-8", "UTF-16LE", "EUC-KR"
};

// `declaredCharset` is a hint from the document (an HTML meta charset), used only when the
// bytes are not valid UTF-8. Errors carry `path` and a one-line reason. Linear time.
Result<DecodedText> decodeText(std::string_view bytes, const std::string &path,
                               std::string_view declaredCharset = {});


} // namespace sillok::core
