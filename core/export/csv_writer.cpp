#include "export/csv_writer.h"

#include "export/fact_fields.h"

#include <initializer_list>

namespace sillok::core {

namespace {

void appendRow(std::string &out, std::initializer_list<std::string_view> fields)
{
    bool first = true;
    for (std::string_view f : fields) {
        if (!first)
            out.push_back(',');
        first = false;
        appendCsvField(out, f);
    }
    out += "\r\n";
}

std::string start(const CsvOptions &options)
{
    return options.excelBom ? std::string("\xEF\xBB\xBF") : std::string();
}

std::string number(std::int64_t n) { return std::to_string(n); }

} // namespace

void appendCsvField(std::string &out, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

std::string writeEntitiesCsv(const std::vector<EntitySummary> &entities, const CsvOptions &options)
{
    std::string out = start(options);
    appendRow(out, {"id", "uid", "type", "name", "kind", "country", "english", "date", "end_date", "date_text",
                    "place", "article_count", "mention_count", "rejected"});
    for (const EntitySummary &e : entities) {
        appendRow(out, {number(e.id), e.uid, entityTypeName(e.type), e.name, e.kind, e.country, e.english,
                        e.date.toString(), e.endDate.toString(), e.dateText, e.place, number(e.articleCount),
                        number(e.mentionCount), e.rejected ? "1" : "0"});
    }
    return out;
}

std::string writeFactsCsv(const std::vector<FactRecord> &facts, const CsvOptions &options)
{
    std::string out = start(options);
    appendRow(out, {"fact_id",
                    "subject_id",
                    "subject_type",
                    "subject",
                    "predicate",
                    "object_id",
                    "object_type",
                    "object",
                    "value",
                    "first_seen",
                    "last_seen",
                    "evidence_article_id",
                    "evidence_article_title",
                    "evidence_source",
                    "evidence_start",
                    "evidence_end",
                    "evidence_quote",
                    "confidence",
                    "article_count",
                    "evidence_count",
                    "first_article",
                    "last_article",
                    "date",
                    "date_precision",
                    "date_text"});
    for (const FactRecord &f : facts) {
        const std::string objectId = f.objectId ? number(f.objectId) : std::string();
        const std::string objectType = f.objectId ? entityTypeName(f.objectType) : "";
        const std::string confidence = formatConfidence(f.confidence);
        const std::string firstArticle = f.firstArticle.toString(), lastArticle = f.lastArticle.toString();
        auto row = [&](const EvidenceRecord *ev) {
            appendRow(out, {number(f.id),
                            number(f.subjectId),
                            entityTypeName(f.subjectType),
                            f.subjectName,
                            f.predicate,
                            objectId,
                            objectType,
                            f.objectName,
                            f.value,
                            f.firstSeen,
                            f.lastSeen,
                            ev ? number(ev->articleId) : "",
                            ev ? ev->articleTitle : "",
                            ev ? ev->articleSource : "",
                            ev ? number(ev->start) : "",
                            ev ? number(ev->end) : "",
                            ev ? ev->quote : "",
                            confidence,
                            number(f.articleCount),
                            number(f.evidenceCount),
                            firstArticle,
                            lastArticle,
                            f.date,
                            datePrecisionName(f.date),
                            f.dateText});
        };
        if (f.evidence.empty())
            row(nullptr);
        for (const EvidenceRecord &ev : f.evidence)
            row(&ev);
    }
    return out;
}

} // namespace sillok::core
