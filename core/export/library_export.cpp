#include "export/library_export.h"

#include "export/csv_writer.h"
#include "export/graphml_writer.h"
#include "export/ics_writer.h"
#include "export/web_annotation.h"
#include "store/library.h"

#include <array>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <unordered_set>
#include <utility>

namespace sillok::core {

namespace {

struct FormatInfo {
    ExportFormat format;
    const char *name;
    const char *extension;
};

constexpr std::array<FormatInfo, 5> kFormats{{
    {ExportFormat::GraphMl, "graphml", "graphml"},
    {ExportFormat::CsvEntities, "csv-entities", "csv"},
    {ExportFormat::CsvFacts, "csv-facts", "csv"},
    {ExportFormat::Ics, "ics", "ics"},
    {ExportFormat::Annotations, "annotations", "jsonld"},
}};

const FormatInfo &infoOf(ExportFormat format)
{
    for (const FormatInfo &f : kFormats)
        if (f.format == format)
            return f;
    return kFormats.front();
}

} // namespace

const char *exportFormatName(ExportFormat format) { return infoOf(format).name; }
const char *exportFileExtension(ExportFormat format) { return infoOf(format).extension; }

std::optional<ExportFormat> exportFormatFromName(std::string_view name)
{
    for (const FormatInfo &f : kFormats)
        if (name == f.name)
            return f.format;
    return std::nullopt;
}

Result<std::string> renderExport(Library &library, ExportFormat format, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::GraphMl: {
        auto graph = library.graph(0, 1);
        if (!graph)
            return std::unexpected(graph.error());
        return renderGraphMl(library, *graph);
    }
    case ExportFormat::CsvEntities: {
        auto entities = library.entities();
        if (!entities)
            return std::unexpected(entities.error());
        return writeEntitiesCsv(*entities, CsvOptions{options.excelBom});
    }
    case ExportFormat::CsvFacts: {
        auto facts = library.facts();
        if (!facts)
            return std::unexpected(facts.error());
        return writeFactsCsv(*facts, CsvOptions{options.excelBom});
    }
    case ExportFormat::Ics: {
        EntityFilter filter;
        filter.type = EntityType::Meeting;
        auto meetings = library.entities(filter);
        if (!meetings)
            return std::unexpected(meetings.error());
        IcsOptions ics;
        ics.clock = options.clock;
        return writeIcs(*meetings, ics);
    }
    case ExportFormat::Annotations:
        break;
    }
    auto annotations = library.annotations(0);
    if (!annotations)
        return std::unexpected(annotations.error());
    return writeWebAnnotations(*annotations);
}

Result<std::string> renderGraphMl(Library &library, const Graph &graph)
{
    auto facts = library.facts();
    if (!facts)
        return std::unexpected(facts.error());
    std::unordered_set<std::int64_t> drawn;
    for (const GraphEdge &edge : graph.edges)
        drawn.insert(edge.factId);
    std::erase_if(*facts, [&](const FactRecord &f) { return !drawn.contains(f.id); });
    return writeGraphMl(graph, *facts);
}

Status writeFileAtomically(const std::string &path, std::string_view text)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path temp = target.parent_path() / ("." + target.filename().string() + ".sillok-tmp");
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            return fail(ErrorCode::Io, "cannot write", path);
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        return fail(ErrorCode::Io, ec.message(), path);
    }
    return {};
}

Result<AnnotationImportReport> importWebAnnotations(Library &library, std::string_view json)
{
    auto read = readWebAnnotations(json);
    if (!read)
        return std::unexpected(read.error());
    auto report = library.importAnnotations(read->annotations);
    if (!report)
        return report;
    report->errors.insert(report->errors.begin(), read->skipped.begin(), read->skipped.end());
    return report;
}

} // namespace sillok::core
