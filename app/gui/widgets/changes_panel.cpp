#include "widgets/changes_panel.h"

#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/error_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace sillok::gui {

namespace {

QString star(bool watched)
{
    return watched ? QStringLiteral("★ ") : QString();
}

} // namespace

ChangesPanel::ChangesPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_summary(new QLabel(this)), m_watch(new QPushButton(tr("&Watch"), this)),
      m_tree(new QTreeWidget(this)), m_changes(std::make_unique<core::ImportChanges>())
{
    m_summary->setWordWrap(true);
    m_watch->setToolTip(tr("Watch the selected entity: what concerns it comes first (W)"));
    m_watch->setEnabled(false);
    connect(m_watch, &QPushButton::clicked, this, &ChangesPanel::toggleWatch);
    auto *watchKey = new QShortcut(QKeySequence(Qt::Key_W), m_tree);
    watchKey->setContext(Qt::WidgetShortcut);
    connect(watchKey, &QShortcut::activated, this, &ChangesPanel::toggleWatch);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Name"), tr("Type"), tr("Articles")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setWordWrap(false);
    m_tree->setUniformRowHeights(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const bool entity = item && item->data(0, EntityIdRole).toLongLong() > 0;
        m_watch->setEnabled(entity);
        m_watch->setText(entity && item->data(0, WatchedRole).toBool() ? tr("Stop &watching") : tr("&Watch"));
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_watch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    // What an import or a curation decision changed (both notify Entities). Not on Articles alone:
    // a highlight added or deleted notifies Articles (the list's Notes column), never changes
    // what an import changed, and the changes take seconds to read at 100,000 articles, ahead
    // of whatever the user asks next on the Query lane.
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Entities)
            refresh();
    });
}

ChangesPanel::~ChangesPanel() = default;

void ChangesPanel::refresh()
{
    const int generation = ++m_generation;
    m_service->run(
        this, [limit = m_pageSize](core::Library &lib) { return lib.changes({}, limit); },
        [this, generation](core::Result<core::ImportChanges> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                setErrorText(m_summary, r.error());
                m_tree->clear();
                emit errorOccurred(Display::error(r.error()), Display::errorDetail(r.error()));
            } else {
                clearErrorText(m_summary);
                fill(std::move(*r));
            }
            emit loaded();
        });
}

void ChangesPanel::fill(core::ImportChanges changes)
{
    *m_changes = std::move(changes);
    const core::ImportChanges &c = *m_changes;
    const qint64 selected = m_tree->currentItem() ? m_tree->currentItem()->data(0, EntityIdRole).toLongLong() : 0;
    m_tree->clear();
    if (c.runs.empty()) {
        m_summary->setText(tr("Nothing imported yet."));
        return;
    }
    m_summary->setText(tr("Import run %1: %n article(s)", nullptr, c.articles).arg(c.runs.back())
                       + (c.copies > 0 ? tr(", %n duplicate(s) of stories already held", nullptr, c.copies)
                                               : QString()));
    QTreeWidgetItem *current = nullptr;
    auto *created = new QTreeWidgetItem(m_tree, {tr("New (%1)").arg(c.createdTotal)});
    for (const core::EntityType type : {core::EntityType::Organization, core::EntityType::Person,
                                        core::EntityType::Initiative, core::EntityType::Meeting}) {
        const auto it = c.createdByType.find(type);
        const std::size_t count = it == c.createdByType.end() ? 0 : it->second;
        if (count == 0 || std::ranges::count(c.created, type, &core::ChangedEntity::type) == 0)
            continue;
        auto *group = new QTreeWidgetItem(created, {Display::entityTypePlural(type) + QStringLiteral(" (%1)").arg(count)});
        for (const core::ChangedEntity &e : c.created)
            if (e.type == type) {
                QTreeWidgetItem *item = addEntity(group, e);
                if (e.id == selected)
                    current = item;
            }
        group->setExpanded(true);
    }
    addMore(created, c.created.size(), c.createdTotal);
    created->setExpanded(true);
    auto *again = new QTreeWidgetItem(m_tree, {tr("Seen again (%1)").arg(c.seenAgainTotal)});
    for (const core::ChangedEntity &e : c.seenAgain) {
        QTreeWidgetItem *item = addEntity(again, e);
        if (e.id == selected)
            current = item;
    }
    addMore(again, c.seenAgain.size(), c.seenAgainTotal);
    again->setExpanded(true);
    auto *relations = new QTreeWidgetItem(m_tree, {tr("New relations (%1)").arg(c.relationsTotal)});
    for (const core::ChangedRelation &r : c.relations) {
        auto *item = new QTreeWidgetItem(relations, {star(r.watched) + QString::fromStdString(r.subject) + QStringLiteral(" — ")
                                                         + Display::predicate(r.predicate) + QStringLiteral(" → ")
                                                         + QString::fromStdString(r.object)});
        item->setData(0, EntityIdRole, QVariant::fromValue<qint64>(r.subjectId));
        item->setData(0, WatchedRole, r.watched);
        addEvidence(item, r.evidence);
    }
    addMore(relations, c.relations.size(), c.relationsTotal);
    relations->setExpanded(true);
    for (const QTreeWidgetItem *group : {created, again, relations}) {
        QFont bold = group->font(0);
        bold.setBold(true);
        const_cast<QTreeWidgetItem *>(group)->setFont(0, bold);
    }
    if (QTreeWidgetItem *next = firstShownAfterMore(c, {created, again, relations}))
        current = next;
    m_tree->setCurrentItem(current ? current : m_tree->topLevelItem(0));
    if (current)
        m_tree->scrollToItem(current);
}

QTreeWidgetItem *ChangesPanel::firstShownAfterMore(const core::ImportChanges &c,
                                                   const std::array<QTreeWidgetItem *, 3> &groups)
{
    const int list = std::exchange(m_moreList, -1);
    if (list < 0 || list > 2)
        return nullptr;
    QTreeWidgetItem *group = groups[static_cast<std::size_t>(list)];
    if (list > 0) // seen again, relations: one row each, in the list's order
        return m_moreFrom < static_cast<std::size_t>(group->childCount()) ? group->child(static_cast<int>(m_moreFrom))
                                                                          : nullptr;
    if (m_moreFrom >= c.created.size()) // new entities: under their type's heading
        return nullptr;
    const qint64 id = c.created[m_moreFrom].id;
    for (int t = 0; t < group->childCount(); ++t)
        for (int i = 0; i < group->child(t)->childCount(); ++i)
            if (group->child(t)->child(i)->data(0, EntityIdRole).toLongLong() == id)
                return group->child(t)->child(i);
    return nullptr;
}

QTreeWidgetItem *ChangesPanel::addEntity(QTreeWidgetItem *group, const core::ChangedEntity &e)
{
    // A person with role and organization: people of one name at different organizations differ.
    const QString context = QString::fromStdString(core::personContext(e.role, e.organization));
    const QString name =
        QString::fromStdString(e.name) + (context.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(context));
    auto *item = new QTreeWidgetItem(group, {star(e.watched) + name, Display::entityType(e.type),
                                             e.articles > 0 ? QString::number(e.articles) : QString()});
    item->setData(0, EntityIdRole, QVariant::fromValue<qint64>(e.id));
    item->setData(0, WatchedRole, e.watched);
    item->setForeground(1, Display::entityColor(e.type));
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    addEvidence(item, e.evidence);
    return item;
}

void ChangesPanel::addEvidence(QTreeWidgetItem *parent, const std::vector<core::EvidenceRecord> &evidence)
{
    for (const core::EvidenceRecord &ev : evidence) {
        auto *item = new QTreeWidgetItem(parent, {QStringLiteral("“%1”").arg(QString::fromStdString(ev.quote).simplified())});
        item->setToolTip(0, QString::fromStdString(ev.articleTitle.empty() ? ev.articleSource : ev.articleTitle));
        item->setData(0, ArticleIdRole, QVariant::fromValue<qint64>(ev.articleId));
        item->setData(0, StartRole, ev.sentenceStart);
        item->setData(0, EndRole, ev.sentenceEnd);
        item->setForeground(0, parent->treeWidget()->palette().color(QPalette::PlaceholderText));
    }
}

void ChangesPanel::addMore(QTreeWidgetItem *group, std::size_t shown, std::size_t total)
{
    if (shown >= total)
        return;
    auto *more = new QTreeWidgetItem(group, {tr("Show more… (%1 of %2 shown)").arg(shown).arg(total)});
    more->setData(0, MoreRole, true);
    more->setToolTip(0, tr("Show four times as many of each list (Enter)"));
    QFont italic = more->font(0);
    italic.setItalic(true);
    more->setFont(0, italic);
}

void ChangesPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (item->data(0, MoreRole).toBool()) {
        // After the read, the first entry this list did not show before is selected.
        m_moreList = m_tree->indexOfTopLevelItem(item->parent());
        const std::array<std::size_t, 3> shown{m_changes->created.size(), m_changes->seenAgain.size(),
                                               m_changes->relations.size()};
        m_moreFrom = m_moreList >= 0 && m_moreList < 3 ? shown[static_cast<std::size_t>(m_moreList)] : 0;
        m_pageSize *= 4;
        refresh();
        return;
    }
    if (const qint64 article = item->data(0, ArticleIdRole).toLongLong(); article > 0)
        emit openArticle(article, item->data(0, StartRole).toInt(), item->data(0, EndRole).toInt());
    else if (const qint64 entity = item->data(0, EntityIdRole).toLongLong(); entity > 0)
        emit entityActivated(entity);
}

void ChangesPanel::toggleWatch()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 id = item ? item->data(0, EntityIdRole).toLongLong() : 0;
    if (id <= 0)
        return;
    const bool watch = !item->data(0, WatchedRole).toBool();
    m_service->run(this, [id, watch](core::Library &lib) { return lib.setWatched(id, watch); },
                   [this](core::Status s) {
        if (!s)
            emit errorOccurred(Display::error(s.error()), Display::errorDetail(s.error()));
        refresh();
    });
}

} // namespace sillok::gui
