#include "models/search_result_model.h"

#include "services/display.h"

#include <QFileInfo>

namespace sillok::gui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}
SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setResults(const std::vector<core::EntitySummary> &entities,
                                   const std::vector<core::SearchHit> &hits)
{
    beginResetModel();
    m_rows.clear();
    for (auto type : {core::EntityType::Initiative, core::EntityType::Organization, core::EntityType::Meeting,
                      core::EntityType::Person}) {
        bool header = false;
        for (const auto &e : entities) {
            if (e.type != type)
                continue;
            if (!header) {
                m_rows.push_back({HeaderRow, 0, int(type), Display::entityTypePlural(type), {}, {}});
                header = true;
            }
            QString text = toQ(e.name);
            if (!e.english.empty())
                text += QStringLiteral(" · ") + toQ(e.english);
            const QString html = text.toHtmlEscaped() + QStringLiteral(" <span style='color:gray'>")
                + tr("%n article(s)", nullptr, e.articleCount) + QStringLiteral("</span>");
            m_rows.push_back({EntityRow, e.id, int(type), text, html, Display::entityType(type)});
        }
    }
    if (!hits.empty())
        m_rows.push_back({HeaderRow, 0, -1, tr("Articles"), {}, {}});
    for (const auto &h : hits) {
        QString title = toQ(h.title);
        if (title.isEmpty())
            title = QFileInfo(toQ(h.source)).fileName();
        QString html = QStringLiteral("<b>") + title.toHtmlEscaped() + QStringLiteral("</b>");
        if (h.published.isValid())
            html += QStringLiteral(" <span style='color:gray'>") + Display::date(h.published) + QStringLiteral("</span>");
        html += QStringLiteral("<br><span style='color:#444'>") + Display::snippetHtml(toQ(h.snippet)) + QStringLiteral("</span>");
        m_rows.push_back({ArticleRow, h.articleId, -1, title, html, toQ(h.source)});
    }
    endResetModel();
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
