// sillok-cli extract --json [--published YYYY-MM-DD] PATH...
// Parses and extracts each file without a database and prints the contract JSON
// (../shared/spec/cli-contract.md). Folders are searched recursively for the files import takes
// (.txt, .html, .htm; sorted); "source" is the path as given or as found in the folder. A bad or
// missing path is reported on stderr (one line naming it and the reason) and the exit status
// becomes 1; the other files are still printed. An exception out of the extractor (a bug, or
// memory exhausted) is reported the same way as an internal error naming the file: the file is
// left out of the JSON rather than printed half-extracted.

#include "commands.h"
#include "data_paths.h"

#include "common/json_writer.h"
#include "extract/extractor.h"
#include "ingest/ingest.h"
#include "store/library.h"

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

namespace sillok::cli {

namespace {

using namespace sillok::core;

void writeArticle(JsonWriter &w, const std::string &source, const ParsedArticle &a, const Extraction &x)
{
    w.beginObject();
    w.key("source").value(source);
    w.key("title").stringOrNull(a.title);
    w.key("published").value(a.published);
    w.key("body").value(a.body);
    w.key("captions").stringArray(captionTexts(a));
    w.key("organizations").beginArray();
    for (const auto &o : x.organizations) {
        w.beginObject();
        w.key("name").value(o.name);
        w.key("aliases").stringArray(o.aliases);
        w.key("english").stringOrNull(o.english);
        w.key("kind").value(o.kind);
        w.key("country").stringOrNull(o.country);
        w.key("confidence").value(o.confidence);
        w.endObject();
    }
    w.endArray();
    w.key("people").beginArray();
    for (const auto &p : x.people) {
        w.beginObject();
        w.key("name").value(p.name);
        w.key("role").stringOrNull(p.role);
        w.key("organization").stringOrNull(p.organization);
        w.key("former").value(p.former);
        w.key("confidence").value(p.confidence);
        w.endObject();
    }
    w.endArray();
    w.key("initiatives").beginArray();
    for (const auto &i : x.initiatives) {
        w.beginObject();
        w.key("name").value(i.name);
        w.key("aliases").stringArray(i.aliases);
        w.key("kind").value(i.kind);
        w.key("owners").stringArray(i.owners);
        w.key("date").value(i.date);
        w.key("part_of").stringOrNull(i.partOf);
        w.endObject();
    }
    w.endArray();
    w.key("meetings").beginArray();
    for (const auto &m : x.meetings) {
        w.beginObject();
        w.key("name").value(m.name);
        w.key("aliases").stringArray(m.aliases);
        w.key("kind").value(m.kind);
        w.key("date").value(m.date);
        w.key("end_date").value(m.endDate);
        w.key("date_text").stringOrNull(m.dateText);
        w.key("place").stringOrNull(m.place);
        w.key("organizers").stringArray(m.organizers);
        w.key("participants").stringArray(m.participants);
        w.key("initiatives").stringArray(m.initiatives);
        w.key("part_of").stringOrNull(m.partOf);
        w.key("ordinal").value(m.ordinal);
        w.key("series").stringOrNull(m.series);
        w.endObject();
    }
    w.endArray();
    w.key("relations").beginArray();
    for (const auto &r : x.relations) {
        w.beginObject();
        w.key("subject").value(r.subject);
        w.key("predicate").value(r.predicate);
        w.key("object").value(r.object);
        w.key("date").value(r.date);
        w.key("evidence").value(r.evidence);
        w.key("subject_type").value(r.subjectType);
        w.key("object_type").value(r.objectType);
        w.key("confidence").value(r.confidence);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

int usage()
{
    std::fputs("usage: sillok-cli extract --json [--published YYYY-MM-DD] PATH...\n", stderr);
    return 2;
}

} // namespace

int runExtract(const std::vector<std::string> &args)
{
    // The dictionaries of the installed data folder (or the source tree for a build), as import uses.
    const auto &data = app::applicationData();
    if (!data) {
        std::fprintf(stderr, "sillok-cli: %s\n", data.error().detail.c_str());
        return 1;
    }
    const core::ExtractionContext &context = (*data)->context;
    return runExtract(args, [&context](const ParsedArticle &a) { return extractArticle(a, context); });
}

int runExtract(const std::vector<std::string> &args, const ArticleExtractor &extract)
{
    bool json = false;
    ParseOptions options;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        if (a == "--json") {
            json = true;
        } else if (a == "--published") {
            if (i + 1 >= args.size())
                return usage();
            const auto date = PartialDate::parse(args[++i]);
            if (!date) {
                std::fprintf(stderr, "sillok-cli extract: --published: not a date: %s\n", args[i].c_str());
                return 2;
            }
            options.fallbackPublished = *date;
        } else if (a.starts_with("--") && a.size() > 2) {
            return usage();
        } else {
            files.push_back(a);
        }
    }
    if (!json || files.empty())
        return usage();

    int status = 0;
    std::vector<ImportFailure> missing;
    const std::vector<std::string> found = Library::collectFiles(files, &missing);
    for (const ImportFailure &m : missing) {
        std::fprintf(stderr, "%s: %s\n", m.path.c_str(), m.error.c_str());
        status = 1;
    }
    JsonWriter w;
    w.beginObject();
    w.key("articles").beginArray();
    for (const auto &file : found) {
        auto parsed = parseArticleFile(file, options);
        if (!parsed) {
            std::fprintf(stderr, "%s: %s\n", file.c_str(), parsed.error().detail.c_str());
            status = 1;
            continue;
        }
        Extraction x;
        try {
            x = extract(*parsed);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "%s: internal error in extraction: %s\n", file.c_str(), e.what());
            status = 1;
            continue;
        }
        writeArticle(w, file, *parsed, x);
    }
    w.endArray();
    w.endObject();
    std::fputs(w.str().c_str(), stdout);
    std::fputc('\n', stdout);
    return status;
}

} // namespace sillok::cli
