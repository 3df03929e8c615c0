#pragma once
// Store side of annotations, for core/store's own files (the CLI and GUI use library.h).
//
// The annotation table keys an annotation to its article by article_uid (stable across
// re-imports); article_id is a cached copy. Tags are stored one per line in `tags`.

#include "common/result.h"
#include "model/records.h"

#include <cstdint>
#include <string_view>

namespace sillok::core {

class Database;

// Re-anchors every annotation of article `articleId` (deleted ones included, so an undone
// delete comes back in the right place) to `newBody`, whose content hash is `newHash`:
// an annotation still in place or found again with matching context gets its new start/end,
// fresh prefix/suffix and text_hash = newHash; one that cannot be placed gets orphaned = 1 and
// keeps its old quote, position and text_hash (so a later version may place it again).
// Annotations already made on `newHash` and not orphaned are left alone. modified_at is not
// touched (re-anchoring is not a user edit). Runs in the caller's transaction if one is open;
// call it after the article row holds the new body.
Status reanchorAnnotations(Database &db, std::int64_t articleId, std::string_view newBody, std::string_view newHash);

// A random (version 4) UUID, lower-case "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".
std::string makeUuidV4();

} // namespace sillok::core
