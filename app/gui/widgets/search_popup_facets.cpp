// SearchPopup's Refine tree: the facets of the matching articles with their counts, and the
// filters a click on one adds or removes.
#include "widgets/search_popup.h"
#include "widgets/search_popup_p.h"

#include "models/search_result_model.h"
#include "services/display.h"
#include "store/library.h"
#include "widgets/html_delegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sillok::gui {

namespace {

// Facet tree: top-level items carry their group key, children the value.
constexpr int GroupRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;

struct Found {
    SearchResultModel::Results results;
    int articleTotal = 0;
    bool articlesSearched = false;
    std::optional<core::Error> entityError;
};

std::optional<core::EntityType> typeOfGroup(const QString &group)
{
    return core::entityTypeFromName(group.toStdString());
}

} // namespace

void SearchPopup::showFacets(const core::SearchFacets &facets)
{
    m_facets->clear();
    const auto group = [this](const QString &key, const QString &title, const std::vector<core::FacetValue> &values) {
        if (values.empty())
            return;
        auto *top = new QTreeWidgetItem(m_facets, {title});
        top->setData(0, GroupRole, key);
        top->setFlags(Qt::ItemIsEnabled);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const core::FacetValue &v : values) {
            auto *item = new QTreeWidgetItem(top, {toQ(v.value), QString::number(v.count)});
            item->setData(0, GroupRole, key);
            item->setData(0, ValueRole, toQ(v.value));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (key == QLatin1String("source")) {
                item->setFlags(Qt::ItemIsEnabled);
                item->setToolTip(0, tr("Where these articles come from"));
            } else {
                // A tick shows the filters in use; clicking a ticked value removes it.
                item->setCheckState(0, isActiveFacet(key, toQ(v.value)) ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(0, tr("Show only the %n article(s) with %1", nullptr, v.count).arg(toQ(v.value)));
            }
        }
    };
    group(QStringLiteral("organization"), Display::entityTypePlural(core::EntityType::Organization),
          facets.organization);
    group(QStringLiteral("person"), Display::entityTypePlural(core::EntityType::Person), facets.person);
    group(QStringLiteral("initiative"), Display::entityTypePlural(core::EntityType::Initiative), facets.initiative);
    group(QStringLiteral("meeting"), Display::entityTypePlural(core::EntityType::Meeting), facets.meeting);
    group(QStringLiteral("year"), tr("Years"), facets.year);
    group(QStringLiteral("source"), tr("Sources"), facets.source);
    m_facets->expandAll();
    if (m_facets->topLevelItemCount() == 0)
        showFacetsNote(tr("No articles to refine"), {});
}

void SearchPopup::showFacetsNote(const QString &text, const QString &toolTip)
{
    // An empty Refine pane beside results read as broken; it says why it is empty.
    m_facets->clear();
    auto *note = new QTreeWidgetItem(m_facets, {text});
    note->setFlags(Qt::NoItemFlags);
    note->setFirstColumnSpanned(true);
    note->setToolTip(0, toolTip);
    QFont italic = note->font(0);
    italic.setItalic(true);
    note->setFont(0, italic);
}

QTreeWidgetItem *SearchPopup::facetItem(const QString &type, const QString &value) const
{
    for (int i = 0; i < m_facets->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_facets->topLevelItem(i);
        if (top->data(0, GroupRole).toString() != type)
            continue;
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->data(0, ValueRole).toString() == value)
                return top->child(c);
    }
    return nullptr;
}

bool SearchPopup::isActiveFacet(const QString &group, const QString &value) const
{
    if (group == QLatin1String("year"))
        return m_from->text().trimmed() == value && m_to->text().trimmed() == value;
    const auto type = typeOfGroup(group);
    const std::string name = toStd(value);
    return type && std::any_of(m_facetFilters.begin(), m_facetFilters.end(), [&](const FacetFilter &f) {
               return f.type == *type && f.name == name;
           });
}

void SearchPopup::facetClicked(QTreeWidgetItem *item)
{
    if (item == nullptr || item->parent() == nullptr)
        return;
    const QString group = item->data(0, GroupRole).toString();
    const QString value = item->data(0, ValueRole).toString();
    const bool active = isActiveFacet(group, value);
    if (group == QLatin1String("year")) {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setText(active ? QString() : value);
        m_to->setText(active ? QString() : value);
    } else if (const auto type = typeOfGroup(group)) {
        const std::string name = toStd(value);
        if (active)
            std::erase_if(m_facetFilters, [&](const FacetFilter &f) { return f.type == *type && f.name == name; });
        else
            m_facetFilters.push_back({*type, name});
        if (m_facetFilters.size() > 3) // the core combines four entity filters; the organization box is one
            m_facetFilters.erase(m_facetFilters.begin());
    } else {
        return;
    }
    updateFilterLabel();
    runNow();
}

} // namespace sillok::gui
