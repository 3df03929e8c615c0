#include "widgets/review_panel.h"

#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/error_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sillok::gui {

ReviewPanel::ReviewPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_summary(new QLabel(this)), m_accept(new QPushButton(tr("&Accept"), this)),
      m_reject(new QPushButton(tr("&Reject"), this)), m_tree(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_accept->setToolTip(tr("Merge, keep or confirm as the item proposes (A)"));
    m_reject->setToolTip(tr("Keep apart, reject the entity or delete the annotation (R)"));
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    for (const auto &[key, accept] : {std::pair{Qt::Key_A, true}, std::pair{Qt::Key_R, false}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_tree);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, accept = accept] { decide(accept); });
    }
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Waiting for a decision"), tr("Kind")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setWordWrap(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const bool any = item != nullptr;
        m_accept->setEnabled(any);
        m_reject->setEnabled(any);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_accept);
    top->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    connect(service, &LibraryService::changed, this, [this](int) { refresh(); });
}

QString ReviewPanel::kindLabel(const std::string &kind)
{
    if (kind == "possible_merge")
        return tr("Possible merge");
    if (kind == "low_confidence")
        return tr("Uncertain name");
    if (kind == "date_conflict")
        return tr("Conflicting dates");
    if (kind == "orphaned_annotation")
        return tr("Orphaned highlight");
    return QString::fromStdString(kind);
}

QString ReviewPanel::explanation(const core::ReviewItem &item)
{
    QStringList names;
    for (std::size_t i = 0; i < item.entities.size(); ++i) {
        const std::string organization =
            i < item.entityOrganizations.size() ? item.entityOrganizations[i] : std::string();
        names << (organization.empty() ? QString::fromStdString(item.entities[i])
                                       : tr("%1 (%2)").arg(QString::fromStdString(item.entities[i]),
                                                           QString::fromStdString(organization)));
    }
    if (item.kind == "possible_merge")
        return tr("%1 — the same one? Accept merges them.").arg(names.join(QStringLiteral(" · ")));
    if (item.kind == "low_confidence")
        return tr("%1 — no dictionary holds this name. Accept keeps it, Reject removes it.").arg(names.join(QString()));
    if (item.kind == "date_conflict") {
        QStringList dates;
        for (const std::string &d : item.dates)
            dates << QString::fromStdString(d);
        return tr("%1 — articles give different dates (%2). Select the sentence with the right date and accept; "
                  "Reject keeps the meeting as it is.")
            .arg(names.value(0), dates.join(QStringLiteral(", ")));
    }
    if (item.kind == "orphaned_annotation")
        return tr("A highlight whose text is gone from its article. Accept keeps it, Reject deletes it.");
    return QString::fromStdString(item.reason);
}

void ReviewPanel::refresh()
{
    const int generation = ++m_generation;
    m_service->run(
        this, [](core::Library &lib) { return lib.reviewPage(0, kPageSize); },
        [this, generation](core::Result<core::ReviewPage> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                setErrorText(m_summary, r.error());
                m_tree->clear();
            } else {
                clearErrorText(m_summary);
                fill(r->items, r->total);
            }
            emit loaded();
        });
}

void ReviewPanel::fill(const std::vector<core::ReviewItem> &items, std::size_t total)
{
    QTreeWidgetItem *selected = m_tree->currentItem();
    while (selected && selected->parent())
        selected = selected->parent();
    const int row = selected ? m_tree->indexOfTopLevelItem(selected) : 0;
    m_tree->clear();
    QString summary = items.empty() ? tr("Nothing is waiting for a decision.")
                                    : tr("%n item(s) waiting — A accepts, R rejects", nullptr, int(total));
    if (total > items.size())
        summary += QLatin1Char(' ') + tr("(the first %1 shown; each decision brings the next)").arg(items.size());
    m_summary->setText(summary);
    for (const core::ReviewItem &item : items) {
        auto *top = new QTreeWidgetItem(m_tree, {explanation(item), kindLabel(item.kind)});
        top->setToolTip(0, QString::fromStdString(item.reason));
        top->setData(0, ItemIdRole, QString::fromStdString(item.id));
        top->setData(0, EntityIdRole, QVariant::fromValue<qint64>(item.entityIds.empty() ? 0 : item.entityIds.front()));
        for (const core::EvidenceRecord &ev : item.evidence) {
            const QString quote = QStringLiteral("“%1”").arg(QString::fromStdString(ev.quote).simplified());
            auto *child = new QTreeWidgetItem(
                top, {ev.date.empty() ? quote : QString::fromStdString(ev.date) + QStringLiteral(" — ") + quote,
                      QString::fromStdString(ev.articleTitle)});
            child->setData(0, DateRole, QString::fromStdString(ev.date));
            child->setToolTip(0, QString::fromStdString(ev.articleSource));
            child->setData(0, ArticleIdRole, QVariant::fromValue<qint64>(ev.articleId));
            child->setData(0, StartRole, item.kind == "orphaned_annotation" ? -1 : ev.sentenceStart);
            child->setData(0, EndRole, item.kind == "orphaned_annotation" ? -1 : ev.sentenceEnd);
            child->setForeground(0, m_tree->palette().color(QPalette::PlaceholderText));
        }
        top->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(std::clamp(row, 0, m_tree->topLevelItemCount() - 1)));
    m_accept->setEnabled(!items.empty());
    m_reject->setEnabled(!items.empty());
}

void ReviewPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (const qint64 article = item->data(0, ArticleIdRole).toLongLong(); article > 0)
        emit openArticle(article, item->data(0, StartRole).toInt(), item->data(0, EndRole).toInt());
    else if (const qint64 entity = item->data(0, EntityIdRole).toLongLong(); entity > 0)
        emit entityActivated(entity);
}

void ReviewPanel::decide(bool accept)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    // A sentence of a date conflict selected: accepting gives the meeting the date it gives.
    const std::string date = accept && item ? item->data(0, DateRole).toString().toStdString() : std::string();
    while (item && item->parent())
        item = item->parent();
    if (!item)
        return;
    const QString id = item->data(0, ItemIdRole).toString();
    m_service->run(
        this, [id = id.toStdString(), accept, date](core::Library &lib) { return lib.decideReview(id, accept, date); },
        [this, id, accept](core::Status s) {
            if (!s) {
                emit errorOccurred(Display::error(s.error()), Display::errorDetail(s.error()));
                refresh();
                return;
            }
            emit decided(id, accept);
            // A merge or rejection changes the graph; a deleted highlight the annotations.
            m_service->notifyChanged(LibraryService::Entities | LibraryService::Annotations);
        });
}

} // namespace sillok::gui
