#pragma once
// Exports of a whole Library in one exchange format, and the W3C annotation import, shared by
// `sillok-cli export` / `import-annotations` and the desktop app's File menu (one implementation).
//
//   GraphMl      the entity graph (all nodes, 1 hop) for Gephi, yEd, networkx; each edge carries
//                its merged fact (predicate, confidence, counts, dates, first evidence)
//   CsvEntities  one row per entity (csv_writer.h)
//   CsvFacts     one row per fact and piece of evidence, with the merged fact's confidence,
//                article count, first/last seen and date
//   Ics          dated meetings as all-day iCalendar events
//   Annotations  every live annotation as a W3C Web Annotation collection (JSON-LD)
//
// Thread-safety: like Library, one thread at a time per Library. No function here throws.

#include "common/clock.h"
#include "common/result.h"
#include "model/records.h"

#include <optional>
#include <string>
#include <string_view>

namespace sillok::core {

class Library;

enum class ExportFormat { GraphMl, CsvEntities, CsvFacts, Ics, Annotations };

// "graphml" | "csv-entities" | "csv-facts" | "ics" | "annotations" (the CLI's --format values).
const char *exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(std::string_view name);
// The usual file extension without the dot: "graphml", "csv", "ics", "jsonld".
const char *exportFileExtension(ExportFormat format);

struct ExportOptions {
    bool excelBom = false; // CSV only: start with a UTF-8 BOM (Excel)
    // iCalendar only: the time of DTSTAMP (borrowed; evaluated where the options are made).
    const Clock *clock = &Clock::system();
};

// The whole export as one string. Fails only when the Library fails (its error is returned).
Result<std::string> renderExport(Library &library, ExportFormat format, const ExportOptions &options = {});

// GraphML of `graph` (a whole graph or a part of one the Library drew) with each edge's merged
// fact: confidence, article and evidence counts, first/last seen, date and first evidence (see
// graphml_writer.h). Fails only when the Library fails.
Result<std::string> renderGraphMl(Library &library, const Graph &graph);

// Writes `text` to `path` through a temporary sibling ".<name>.sillok-tmp" and a rename, so a
// failed write never leaves half a file and never replaces a good one. Errors: ErrorCode::Io
// with detail "cannot write" (the temporary could not be written) or the rename's system
// message; `path` is set on the error. The temporary is removed on failure.
Status writeFileAtomically(const std::string &path, std::string_view text);

// Reads W3C Web Annotation JSON-LD (see web_annotation.h) and imports it with
// Library::importAnnotations(). Fails (ErrorCode::Parse) only when the text is not an
// annotation document; items the reader skips are reported in `errors` like items the Library
// refused, so the caller sees one line per annotation that did not come in.
Result<AnnotationImportReport> importWebAnnotations(Library &library, std::string_view json);

} // namespace sillok::core
