#include "export/web_annotation.h"

#include "common/json_writer.h"
#include "common/percent_encoding.h"
#include "export/json_value.h"
#include "ingest/sha256.h"


namespace sillok::core {

namespace {

constexpr std::string_view kUuidScheme = "urn:uuid:";
constexpr std::string_view kArticleScheme = "urn:sillok:article:";
constexpr std::string_view kEntityScheme = "urn:sillok:entity:";
constexpr std::string_view kColorClass = "sillok-color-";
constexpr std::string_view kTextHashTerm = "sillok:textHash";
constexpr std::string_view kFingerprintScheme = "urn:sillok:fingerprint:";
constexpr std::string_view kFingerprintTerm = "sillok:fingerprint";
constexpr std::string_view kArticleTerm = "sillok:article";
constexpr std::string_view kOrphanedTerm = "sillok:orphaned";

bool isHexColor(std::string_view s)
{
    if (s.size() != 6)
        return false;
    for (char c : s)
        if (hexDigitValue(c) < 0)
            return false;
    return true;
}

void writeAnnotation(JsonWriter &w, const AnnotationRecord &a)
{
    w.beginObject();
    w.key("id").value(std::string(kUuidScheme) + a.uid);
    w.key("type").value("Annotation");
    w.key("motivation").value(a.note.empty() ? "highlighting" : "commenting");
    if (!a.createdAt.empty())
        w.key("created").value(a.createdAt);
    if (!a.modifiedAt.empty())
        w.key("modified").value(a.modifiedAt);
    if (!a.color.empty())
        w.key("stylesClass").value(std::string(kColorClass) + (a.color.starts_with('#') ? a.color.substr(1) : a.color));
    if (!a.note.empty() || !a.tags.empty() || !a.entityUid.empty()) {
        w.key("body").beginArray();
        if (!a.note.empty()) {
            w.beginObject();
            w.key("type").value("TextualBody");
            w.key("value").value(a.note);
            w.key("format").value("text/plain");
            w.key("purpose").value("commenting");
            w.endObject();
        }
        for (const std::string &tag : a.tags) {
            w.beginObject();
            w.key("type").value("TextualBody");
            w.key("value").value(tag);
            w.key("purpose").value("tagging");
            w.endObject();
        }
        if (!a.entityUid.empty()) {
            w.beginObject();
            w.key("type").value("SpecificResource");
            w.key("source").value(std::string(kEntityScheme) + percentEncode(a.entityUid));
            w.key("purpose").value("identifying");
            w.endObject();
        }
        w.endArray();
    }
    w.key("target").beginObject();
    // The story, which every library holding it knows by the same name: its canonical URL, else
    // its body's fingerprint; the article uid as the fallback of older exports.
    if (!a.articleUrl.empty())
        w.key("source").value(a.articleUrl);
    else if (!a.articleFingerprint.empty())
        w.key("source").value(std::string(kFingerprintScheme) + a.articleFingerprint);
    else
        w.key("source").value(std::string(kArticleScheme) + percentEncode(a.articleUid));
    w.key("selector").beginArray();
    w.beginObject();
    w.key("type").value("TextQuoteSelector");
    w.key("exact").value(a.exact);
    w.key("prefix").value(a.prefix);
    w.key("suffix").value(a.suffix);
    w.endObject();
    w.beginObject();
    w.key("type").value("TextPositionSelector");
    w.key("start").value(a.start);
    w.key("end").value(a.end);
    w.endObject();
    w.endArray();
    if (!a.textHash.empty())
        w.key(kTextHashTerm).value(a.textHash);
    if (!a.articleUrl.empty() && !a.articleFingerprint.empty())
        w.key(kFingerprintTerm).value(a.articleFingerprint);
    if (!a.articleUrl.empty() || !a.articleFingerprint.empty())
        w.key(kArticleTerm).value(a.articleUid); // this library's name for it, the fallback
    w.endObject();
    if (a.orphaned)
        w.key(kOrphanedTerm).value(true);
    w.endObject();
}

bool hasType(const JsonValue &v, std::string_view type)
{
    const JsonValue *t = v.find("type");
    if (!t)
        return false;
    if (t->isString())
        return t->toString() == type;
    for (const JsonValue &item : t->items())
        if (item.toString() == type)
            return true;
    return false;
}

// An object or array of objects as a list; a lone string becomes a one-item list.
std::vector<const JsonValue *> listOf(const JsonValue *v)
{
    std::vector<const JsonValue *> out;
    if (!v)
        return out;
    if (v->isArray()) {
        for (const JsonValue &item : v->items())
            out.push_back(&item);
    } else {
        out.push_back(v);
    }
    return out;
}

void readBody(const JsonValue &body, AnnotationRecord &a)
{
    auto entityFrom = [&](std::string_view iri) {
        if (iri.starts_with(kEntityScheme))
            a.entityUid = percentDecode(iri.substr(kEntityScheme.size()));
    };
    if (body.isString()) {
        entityFrom(body.toString());
        return;
    }
    if (!body.isObject())
        return;
    const std::string &purpose = body.stringAt("purpose");
    if (hasType(body, "TextualBody") || (body.find("value") && !body.find("source"))) {
        const std::string &value = body.stringAt("value");
        if (value.empty())
            return;
        if (purpose == "tagging") {
            a.tags.push_back(value);
        } else {
            if (!a.note.empty())
                a.note += "\n\n";
            a.note += value;
        }
        return;
    }
    entityFrom(body.find("source") ? body.stringAt("source") : body.stringAt("id"));
}

// A stable name-based UUID (SHA-256, version 8 layout) for an annotation id that is not a
// urn:uuid: IRI, so importing another client's file twice finds the same annotation.
std::string uuidFromIri(std::string_view iri)
{
    std::string hex = sha256Hex(iri).substr(0, 32);
    hex[12] = '8';
    hex[16] = "89ab"[hex[16] >= 'a' ? (hex[16] - 'a' + 10) & 3 : (hex[16] - '0') & 3];
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-"
        + hex.substr(20, 12);
}

// Fills `a` from one annotation object; returns the reason it is unusable, or "".
std::string readAnnotation(const JsonValue &item, AnnotationRecord &a)
{
    if (!item.isObject())
        return "not an object";
    const std::string &id = item.stringAt("id");
    if (id.starts_with(kUuidScheme))
        a.uid = id.substr(kUuidScheme.size());
    else if (!id.empty())
        a.uid = uuidFromIri(id);
    a.createdAt = item.stringAt("created");
    a.modifiedAt = item.stringAt("modified");
    const std::string &styles = item.stringAt("stylesClass");
    if (const std::size_t at = styles.find(kColorClass); at != std::string::npos) {
        std::string color = styles.substr(at + kColorClass.size());
        color = color.substr(0, color.find(' '));
        a.color = isHexColor(color) ? "#" + color : color;
    }
    a.orphaned = item.find(kOrphanedTerm) && item.find(kOrphanedTerm)->toBool();
    if (const JsonValue *bodyValue = item.find("bodyValue"))
        a.note = bodyValue->toString();
    for (const JsonValue *body : listOf(item.find("body")))
        readBody(*body, a);

    const std::vector<const JsonValue *> targets = listOf(item.find("target"));
    if (targets.empty())
        return "no target";
    const JsonValue *target = targets.front();
    if (!target->isObject())
        return "target has no selector";
    const std::string &source = target->stringAt("source");
    if (source.starts_with(kArticleScheme)) {
        a.articleUid = percentDecode(source.substr(kArticleScheme.size()));
    } else if (source.starts_with(kFingerprintScheme)) {
        a.articleFingerprint = source.substr(kFingerprintScheme.size());
    } else {
        a.articleUid = source; // a path, file:// URL or web address as written
        if (source.starts_with("http://") || source.starts_with("https://"))
            a.articleUrl = source;
    }
    if (const std::string &fp = target->stringAt(kFingerprintTerm); !fp.empty())
        a.articleFingerprint = fp;
    if (const std::string &uid = target->stringAt(kArticleTerm); !uid.empty())
        a.articleUid = uid;
    a.textHash = target->stringAt(kTextHashTerm);
    bool quoted = false;
    bool positioned = false;
    for (const JsonValue *selector : listOf(target->find("selector"))) {
        if (hasType(*selector, "TextQuoteSelector") && selector->find("exact")) {
            a.exact = selector->stringAt("exact");
            a.prefix = selector->stringAt("prefix");
            a.suffix = selector->stringAt("suffix");
            quoted = !a.exact.empty();
        } else if (hasType(*selector, "TextPositionSelector")) {
            const std::int64_t start = selector->find("start") ? selector->find("start")->toInt(-1) : -1;
            const std::int64_t end = selector->find("end") ? selector->find("end")->toInt(-1) : -1;
            if (start < 0 || end < start || end > 0x7fffffff)
                return "invalid TextPositionSelector";
            a.start = static_cast<int>(start);
            a.end = static_cast<int>(end);
            positioned = true;
        }
    }
    if (!quoted)
        return "no TextQuoteSelector";
    if (!positioned)
        a.start = a.end = 0; // placed by re-anchoring on the quote
    return {};
}

} // namespace

std::string writeWebAnnotations(const std::vector<AnnotationRecord> &annotations)
{
    JsonWriter w(true);
    w.beginObject();
    w.key("@context").value("http://www.w3.org/ns/anno.jsonld");
    w.key("type").value("AnnotationCollection");
    w.key("label").value("Sillok annotations");
    w.key("total").value(static_cast<std::int64_t>(annotations.size()));
    w.key("first").beginObject();
    w.key("type").value("AnnotationPage");
    w.key("startIndex").value(0);
    w.key("items").beginArray();
    for (const AnnotationRecord &a : annotations)
        writeAnnotation(w, a);
    w.endArray();
    w.endObject();
    w.endObject();
    return w.str() + "\n";
}

Result<WebAnnotationImport> readWebAnnotations(std::string_view json)
{
    auto root = JsonValue::parse(json);
    if (!root)
        return std::unexpected(root.error());
    std::vector<const JsonValue *> items;
    if (root->isArray()) {
        items = listOf(&*root);
    } else if (root->isObject() && hasType(*root, "Annotation")) {
        items.push_back(&*root);
    } else if (root->isObject() && root->find("items")) {
        items = listOf(root->find("items"));
    } else if (const JsonValue *first = root->isObject() ? root->find("first") : nullptr; first && first->isObject()) {
        items = listOf(first->find("items"));
    } else {
        return fail(ErrorCode::Parse, "no Annotation, AnnotationPage or AnnotationCollection with embedded items");
    }
    WebAnnotationImport result;
    for (std::size_t i = 0; i < items.size(); ++i) {
        AnnotationRecord a;
        const std::string reason = readAnnotation(*items[i], a);
        if (reason.empty())
            result.annotations.push_back(std::move(a));
        else
            result.skipped.push_back("item " + std::to_string(i) + ": " + reason);
    }
    return result;
}

} // namespace sillok::core
