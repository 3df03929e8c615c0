#pragma once
// How core values are shown: strings, dates with precision, type names and colours, error
// messages. The core produces no user-facing text; every word the user reads is a tr() here.

#include "common/result.h"
#include "model/records.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace sillok::gui {

inline QString toQ(const std::string &s) { return QString::fromStdString(s); }
inline std::string toStd(const QString &s) { return s.toStdString(); }
QStringList toQList(const std::vector<std::string> &list);

class Display {
    Q_DECLARE_TR_FUNCTIONS(Display)
public:
    // "2024-04-16", "2024-04", "2024", or "" when there is no date.
    static QString date(const core::PartialDate &date);
    // From `first` to `last` in about the width of one date and a half, for a narrow column:
    // "2024-03 – 2025-11" across years, "2025-03-04 – 11-02" within one, "2025-03-04" for one day;
    // a date of coarser precision is shown whole ("2024 – 2025-06-01"). Tooltips give both whole.
    static QString span(const core::PartialDate &first, const core::PartialDate &last);
    // A sortable key ("" sorts first).
    static QString dateSortKey(const core::PartialDate &date);
    static QString precision(core::DatePrecision precision);
    // "2024-04 (month)" style, with the precision spelled out.
    static QString dateWithPrecision(const core::PartialDate &date);
    static QString basis(const std::string &basis);

    static QString entityType(core::EntityType type);
    static QString entityTypePlural(core::EntityType type);
    static QColor entityColor(core::EntityType type);
    static QString predicate(const std::string &predicate);
    // The relation as read from one end: from the subject ("participant", "invests in") or from
    // the object ("participants", "invested in by") — a phrase an analyst writes, no "(of)".
    static QString predicateFrom(const std::string &predicate, bool asSubject);
    // Typed relations between organizations and initiatives (partnership … funds), as opposed to
    // the structural facts (organizer, role, part of…).
    static bool isTypedRelation(const std::string &predicate);
    static QString aliasKind(const std::string &kind);
    // The kind of an entity ("company" → "Company" / "기업"); unknown kinds as written.
    static QString entityKind(const std::string &kind);

    // Errors: the core says what went wrong with a code and a short English `detail`; the user
    // reads a translated sentence for the code. The detail is for whoever asks (a tooltip, a
    // message box's "Show Details…"), never part of the sentence.
    static QString errorMessage(core::ErrorCode code);
    // The sentence for the code, followed by the file concerned when there is one.
    static QString error(const core::Error &error);
    // The core's technical detail (English, may be empty).
    static QString errorDetail(const core::Error &error);
    static QString errorDetail(const core::ImportFailure &failure);

    // Named annotation colours ("yellow"...) and "#rrggbb".
    static QStringList annotationColorNames();
    static QString annotationColorLabel(const QString &name);
    static QColor annotationColor(const QString &name);

    // Core snippets mark matches with [ ]; returns escaped HTML with the matches in <b>.
    static QString snippetHtml(const QString &snippet);
};

} // namespace sillok::gui
