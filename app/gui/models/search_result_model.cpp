#include "models/search_result_model.h"

#include "services/display.h"

#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace sillok::gui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}
SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setResults(const std::vector<core::EntitySummary> &entities,
                                   const std::vector<core::SearchHit> &hits)
{
    setResults(Results{{}, entities, hits, {}, {}});
}

namespace {

QString entityText(const core::EntitySummary &e)
{
    QString text = toQ(e.name);
    if (!e.english.empty() && e.english != e.name)
        text += QStringLiteral(" · ") + toQ(e.english);
    return text;
}

} // namespace

void SearchResultModel::setResults(const Results &results)
{
    beginResetModel();
    m_rows.clear();
    const auto entityRow = [this](const core::EntitySummary &e, bool withType) {
        const QString text = entityText(e);
        QString html = text.toHtmlEscaped() + QStringLiteral(" <span style='color:gray'>");
        if (withType)
            html += Display::entityType(e.type).toHtmlEscaped() + QStringLiteral(" · ");
        html += tr("%n article(s)", nullptr, e.articleCount) + QStringLiteral("</span>");
        m_rows.push_back({EntityRow, e.id, int(e.type), text, html, Display::entityType(e.type)});
    };
    if (!results.best.empty()) {
        m_rows.push_back({HeaderRow, 0, -1, tr("Best match"), {}, {}});
        for (const auto &e : results.best)
            entityRow(e, true);
    }
    const auto isBest = [&results](const core::EntitySummary &e) {
        return std::any_of(results.best.begin(), results.best.end(), [&e](const auto &b) { return b.id == e.id; });
    };
    for (auto type : {core::EntityType::Initiative, core::EntityType::Organization, core::EntityType::Meeting,
                      core::EntityType::Person}) {
        bool header = false;
        for (const auto &e : results.entities) {
            if (e.type != type || isBest(e))
                continue;
            if (!header) {
                m_rows.push_back({HeaderRow, 0, int(type), Display::entityTypePlural(type), {}, {}});
                header = true;
            }
            entityRow(e, false);
        }
    }
    for (const Linked &group : results.linked) {
        if (group.entities.empty())
            continue;
        m_rows.push_back({HeaderRow, 0, -1, tr("Linked to %1").arg(toQ(group.via)), {}, {}});
        for (const auto &e : group.entities)
            entityRow(e, true);
    }
    if (!results.hits.empty())
        m_rows.push_back({HeaderRow, 0, -1, tr("Articles"), {}, {}});
    for (const auto &h : results.hits) {
        QString title = toQ(h.title);
        if (title.isEmpty())
            title = QFileInfo(toQ(h.source)).fileName();
        QString html = QStringLiteral("<b>") + title.toHtmlEscaped() + QStringLiteral("</b>");
        if (h.published.isValid())
            html += QStringLiteral(" <span style='color:gray'>") + Display::date(h.published) + QStringLiteral("</span>");
        if (h.duplicates > 0) // a story is listed once; its other files are counted here
            html += QStringLiteral("<span style='color:gray'>")
                + tr(" · %n more file(s) of this story", nullptr, h.duplicates).toHtmlEscaped() + QStringLiteral("</span>");
        html += QStringLiteral("<br><span style='color:#444'>") + Display::snippetHtml(toQ(h.snippet)) + QStringLiteral("</span>");
        m_rows.push_back({ArticleRow, h.articleId, -1, title, html, toQ(h.source)});
    }
    if (!results.notes.empty())
        m_rows.push_back({HeaderRow, 0, -1, tr("Notes"), {}, {}});
    for (const auto &n : results.notes) {
        const QString quote = toQ(n.exact);
        QString html = QStringLiteral("<span style='color:#444'>“") + quote.toHtmlEscaped() + QStringLiteral("”</span>");
        if (!n.note.empty())
            html += QStringLiteral("<br>") + toQ(n.note).toHtmlEscaped();
        QStringList tags;
        for (const auto &t : n.tags)
            tags << QStringLiteral("#") + toQ(t);
        if (!tags.isEmpty())
            html += QStringLiteral(" <span style='color:gray'>") + tags.join(QLatin1Char(' ')).toHtmlEscaped()
                + QStringLiteral("</span>");
        m_rows.push_back({NoteRow, n.articleId, -1, quote, html, toQ(n.note)});
    }
    endResetModel();
}

int SearchResultModel::count(Kind kind) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [kind](const Row &r) { return r.kind == kind; }));
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SearchResultModel::bestRow() const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].kind != HeaderRow)
            return int(i);
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return r.text;
    case Qt::ToolTipRole: return r.tip;
    case KindRole: return int(r.kind);
    case IdRole: return r.id;
    case EntityTypeRole: return r.entityType;
    case HtmlRole:
        return r.kind == HeaderRow ? QStringLiteral("<span style='color:gray'><b>") + r.text.toHtmlEscaped()
                                         + QStringLiteral("</b></span>")
                                   : r.html;
    case Qt::ForegroundRole:
        if (r.kind == EntityRow)
            return Display::entityColor(core::EntityType(r.entityType));
        break;
    }
    return {};
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows[std::size_t(index.row())].kind == HeaderRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace sillok::gui
