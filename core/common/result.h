#pragma once
// Error values for the core API. No exception crosses a core function boundary: fallible
// functions return Result<T> (std::expected). The core produces no user-facing prose; `detail`
// is a short technical reason (English) that the CLI prints as is and the GUI maps via `code`.

#include <expected>
#include <string>
#include <utility>

namespace sillok::core {

enum class ErrorCode {
    Io,              // the file could not be read or written
    Empty,           // the input has no content
    Binary,          // the input is not text
    Decode,          // the bytes are not valid in any supported encoding
    Parse,           // the text could not be parsed (HTML, JSON, dates...)
    Database,        // SQLite reported an error
    NotFound,        // the requested row/entity does not exist
    InvalidArgument, // the caller passed something out of contract
    Query,           // a search query could not be run
    Cancelled,       // the operation was cancelled by the caller
    Unsupported,     // a file type or feature that is not handled
    Internal,        // a bug: an invariant broke or a component threw (the detail says where)
};

struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    std::string detail; // short technical reason, e.g. "invalid UTF-8 at byte 1043"
    std::string path;   // the file concerned, when there is one
    int sqliteCode = 0; // ErrorCode::Database: SQLite's extended result code (0 when unknown)
};

template <class T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string detail, std::string path = {})
{
    return std::unexpected<Error>(Error{code, std::move(detail), std::move(path)});
}

// Stable, lower-case name of an error code, e.g. "decode" (used in JSON output and logs).
const char *errorCodeName(ErrorCode code);

} // namespace sillok::core
