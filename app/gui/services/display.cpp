#include "services/display.h"

#include "view_style.h"

#include <QStringBuilder>

namespace sillok::gui {

QStringList toQList(const std::vector<std::string> &list)
{
    QStringList out;
    out.reserve(qsizetype(list.size()));
    for (const auto &s : list)
        out << toQ(s);
    return out;
}

QString Display::date(const core::PartialDate &date)
{
    return toQ(date.toString());
}

QString Display::span(const core::PartialDate &first, const core::PartialDate &last)
{
    if (!first.isValid())
        return {};
    const QString a = date(first);
    if (!last.isValid() || first == last)
        return a;
    const QString b = date(last);
    const bool days = first.precision == core::DatePrecision::Day && last.precision == core::DatePrecision::Day;
    if (!days)
        return a + QStringLiteral(" – ") + b;
    if (first.year == last.year)
        return a + QStringLiteral(" – ") + b.mid(5); // "2025-03-04 – 11-02"
    return a.left(7) + QStringLiteral(" – ") + b.left(7);
}

QString Display::dateSortKey(const core::PartialDate &date)
{
    return date.isValid() ? toQ(date.toString()) : QString();
}

QString Display::precision(core::DatePrecision precision)
{
    switch (precision) {
    case core::DatePrecision::Day: return tr("day");
    case core::DatePrecision::Month: return tr("month");
    case core::DatePrecision::Year: return tr("year");
    case core::DatePrecision::None: break;
    }
    return tr("unknown");
}

QString Display::dateWithPrecision(const core::PartialDate &d)
{
    if (!d.isValid())
        return tr("no date");
    return tr("%1 (%2 precision)").arg(date(d), precision(d.precision));
}

QString Display::basis(const std::string &basis)
{
    if (basis == "dateline")
        return tr("dateline");
    if (basis == "meta" || basis == "html-meta")
        return tr("page metadata");
    if (basis == "cli" || basis == "option")
        return tr("given at import");
    if (basis.empty())
        return tr("not stated");
    return toQ(basis);
}

QString Display::entityType(core::EntityType type)
{
    switch (type) {
    case core::EntityType::Organization: return tr("Organization");
    case core::EntityType::Person: return tr("Person");
    case core::EntityType::Initiative: return tr("Initiative");
    case core::EntityType::Meeting: return tr("Meeting");
    }
    return {};
}

QString Display::entityTypePlural(core::EntityType type)
{
    switch (type) {
    case core::EntityType::Organization: return tr("Organizations");
    case core::EntityType::Person: return tr("People");
    case core::EntityType::Initiative: return tr("Initiatives");
    case core::EntityType::Meeting: return tr("Meetings");
    }
    return {};
}

QColor Display::entityColor(core::EntityType type)
{
    // One palette: the reader, lists and entity page use the timeline's and graph's colours,
    // a little darker so that coloured text stays readable on white.
    return style::typeColor(int(type)).darker(115);
}

QString Display::predicate(const std::string &p)
{
    if (p == "organizer") return tr("organizer");
    if (p == "participant") return tr("participant");
    if (p == "owner") return tr("owner");
    if (p == "role") return tr("role");
    if (p == "part_of") return tr("part of");
    if (p == "discussed") return tr("discussed");
    if (p == "member_of") return tr("member of");
    if (p == "former_role")
        return tr("former role");
    if (p == "former_member_of")
        return tr("former member of");
    if (p == "partnership")
        return tr("partnership");
    if (p == "investment")
        return tr("investment");
    if (p == "acquisition")
        return tr("acquisition");
    if (p == "merger")
        return tr("merger");
    if (p == "supply")
        return tr("supply");
    if (p == "subsidiary_of")
        return tr("subsidiary of");
    if (p == "participates_in")
        return tr("participates in");
    if (p == "funds")
        return tr("funds");
    return toQ(p);
}

bool Display::isTypedRelation(const std::string &p)
{
    return p == "partnership" || p == "investment" || p == "acquisition" || p == "merger" || p == "supply"
           || p == "subsidiary_of" || p == "participates_in" || p == "funds";
}

QString Display::predicateFrom(const std::string &p, bool asSubject)
{
    if (asSubject) {
        if (p == "organizer")
            return tr("organized by");
        if (p == "participant")
            return tr("attended by");
        if (p == "owner")
            return tr("led by");
        if (p == "role")
            return tr("role at");
        if (p == "member_of")
            return tr("member of");
        if (p == "former_role")
            return tr("formerly at");
        if (p == "former_member_of")
            return tr("formerly member of");
        if (p == "part_of")
            return tr("belongs to");
        if (p == "discussed")
            return tr("on the agenda");
        if (p == "partnership")
            return tr("partners with");
        if (p == "investment")
            return tr("invests in");
        if (p == "acquisition")
            return tr("acquires");
        if (p == "merger")
            return tr("merges with");
        if (p == "supply")
            return tr("supplies");
        if (p == "subsidiary_of")
            return tr("is a subsidiary of");
        if (p == "participates_in")
            return tr("takes part in");
        if (p == "funds")
            return tr("provides funds to");
        return predicate(p);
    }
    if (p == "organizer")
        return tr("organized");
    if (p == "participant")
        return tr("attended");
    if (p == "owner")
        return tr("leads");
    if (p == "role")
        return tr("staff");
    if (p == "member_of")
        return tr("members");
    if (p == "former_role")
        return tr("former staff");
    if (p == "former_member_of")
        return tr("former members");
    if (p == "part_of")
        return tr("includes");
    if (p == "discussed")
        return tr("discussed at");
    if (p == "partnership")
        return tr("partners with");
    if (p == "investment")
        return tr("investment from");
    if (p == "acquisition")
        return tr("acquired by");
    if (p == "merger")
        return tr("merges with");
    if (p == "supply")
        return tr("supplied by");
    if (p == "subsidiary_of")
        return tr("parent of");
    if (p == "participates_in")
        return tr("with participant");
    if (p == "funds")
        return tr("funded by");
    return tr("%1 (of)").arg(predicate(p));
}

QString Display::aliasKind(const std::string &k)
{
    if (k == "official") return tr("official");
    if (k == "abbreviation") return tr("abbreviation");
    if (k == "english") return tr("English");
    if (k == "surface") return tr("as written");
    if (k == "user") return tr("added by you");
    return toQ(k);
}

QString Display::entityKind(const std::string &kind)
{
    // Organisation kinds (docs/gazetteer.md) and meeting series here; meeting and initiative
    // kinds are the views' (style::kindName), so the timeline legend and the pages agree.
    if (kind == "government") return tr("Government");
    if (kind == "company") return tr("Company");
    if (kind == "research") return tr("Research institute");
    if (kind == "university") return tr("University");
    if (kind == "association") return tr("Association");
    if (kind == "alliance") return tr("Alliance");
    if (kind == "media") return tr("Media");
    if (kind == "series") return tr("Meeting series");
    return style::kindName(toQ(kind));
}

QString Display::errorMessage(core::ErrorCode code)
{
    switch (code) {
    case core::ErrorCode::Io: return tr("The file could not be read or written.");
    case core::ErrorCode::Empty: return tr("The file has no article text.");
    case core::ErrorCode::Binary: return tr("The file is not text.");
    case core::ErrorCode::Decode: return tr("The text encoding is not supported.");
    case core::ErrorCode::Parse: return tr("The content could not be parsed.");
    case core::ErrorCode::Database: return tr("The database reported an error.");
    case core::ErrorCode::NotFound: return tr("It could not be found.");
    case core::ErrorCode::InvalidArgument: return tr("The request is not valid.");
    case core::ErrorCode::Query: return tr("The search could not be run.");
    case core::ErrorCode::Cancelled: return tr("Cancelled.");
    case core::ErrorCode::Unsupported: return tr("This kind of file is not supported (Sillok imports .txt, .html and .htm).");
    case core::ErrorCode::Internal: return tr("Sillok hit an internal error on this file; please report it.");
    }
    return tr("Something went wrong.");
}

QString Display::error(const core::Error &e)
{
    QString what = errorMessage(e.code);
    if (!e.path.empty())
        what += u' ' + toQ(e.path);
    return what;
}

QString Display::errorDetail(const core::Error &e)
{
    return toQ(e.detail);
}

QString Display::errorDetail(const core::ImportFailure &f)
{
    return toQ(f.error);
}

QStringList Display::annotationColorNames()
{
    return {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
            QStringLiteral("pink"), QStringLiteral("purple")};
}

QString Display::annotationColorLabel(const QString &name)
{
    if (name == u"yellow") return tr("Yellow");
    if (name == u"green") return tr("Green");
    if (name == u"blue") return tr("Blue");
    if (name == u"pink") return tr("Pink");
    if (name == u"purple") return tr("Purple");
    return name;
}

QColor Display::annotationColor(const QString &name)
{
    if (name == u"yellow") return QColor(0xff, 0xe8, 0x6b);
    if (name == u"green") return QColor(0xa6, 0xe8, 0xa0);
    if (name == u"blue") return QColor(0xa4, 0xcd, 0xff);
    if (name == u"pink") return QColor(0xff, 0xb3, 0xd1);
    if (name == u"purple") return QColor(0xd4, 0xbb, 0xff);
    const QColor c = QColor::fromString(name);
    return c.isValid() ? c : QColor(0xff, 0xe8, 0x6b);
}

QString Display::snippetHtml(const QString &snippet)
{
    QString out;
    out.reserve(snippet.size() + 16);
    for (const QChar c : snippet) {
        if (c == u'[') out += QStringLiteral("<b>");
        else if (c == u']') out += QStringLiteral("</b>");
        else if (c == u'<') out += QStringLiteral("&lt;");
        else if (c == u'>') out += QStringLiteral("&gt;");
        else if (c == u'&') out += QStringLiteral("&amp;");
        else out += c;
    }
    return out;
}

} // namespace sillok::gui
