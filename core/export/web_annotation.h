#pragma once
// W3C Web Annotation Data Model (JSON-LD) export and import of annotations.
//
// Export: an AnnotationCollection (@context http://www.w3.org/ns/anno.jsonld) whose first page
// holds one Annotation per record:
//   id "urn:uuid:<uid>", motivation "commenting" (with a note) or "highlighting",
//   body: TextualBody (the note, purpose commenting), one TextualBody per tag (purpose tagging),
//         a SpecificResource "urn:sillok:entity:<entity uid>" (purpose identifying) when the
//         annotation is evidence for an entity,
//   target: {source: the story the article tells, which any library holding it knows by the same
//         name — its page's canonical URL, else "urn:sillok:fingerprint:<body fingerprint>"
//         (ingest/identity.h), else (an article stored before fingerprints) "urn:sillok:article:
//         <article uid>"; selector [TextQuoteSelector {exact, prefix, suffix},
//         TextPositionSelector {start, end}]} (code points, NFC body), "sillok:fingerprint"
//         beside a canonical URL and "sillok:article" (the article uid) beside either,
//   created/modified, stylesClass "sillok-color-<name|rrggbb>", and two extension terms
//   (absolute IRIs, so no extra context is needed): "sillok:textHash" on the target and
//   "sillok:orphaned" when the quote could not be re-anchored.
// Uids inside urn:sillok: IRIs are percent-encoded outside [A-Za-z0-9-._~:] and non-ASCII.
//
// Import accepts an AnnotationCollection (first.items), an AnnotationPage (items), an array of
// annotations or one annotation, from this exporter or another W3C client. The uid comes from
// an "urn:uuid:" id, or is derived from any other id (a stable name-based UUID, so importing the
// same file twice is idempotent); it stays empty when the item has no id. Record ids and
// articleId are left 0: the caller maps the target to its article — articleUrl (an http(s)
// source), articleFingerprint (a urn:sillok:fingerprint: source or the sillok:fingerprint term),
// articleUid (a urn:sillok:article: uid, else the source IRI as written) — by the story first,
// then by uid or path, then by the quote. Annotations that cannot be
// used (no target, no quote) are skipped with a reason rather than failing the whole import.

#include "common/result.h"
#include "model/records.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

std::string writeWebAnnotations(const std::vector<AnnotationRecord> &annotations);

struct WebAnnotationImport {
    std::vector<AnnotationRecord> annotations;
    std::vector<std::string> skipped; // "item 3: no TextQuoteSelector", one per skipped item
};

// Fails (ErrorCode::Parse) only when the text is not JSON or holds no annotation container.
Result<WebAnnotationImport> readWebAnnotations(std::string_view json);

} // namespace sillok::core
