#include "widgets/entity_page.h"

#include "models/article_model.h"
#include "models/fact_model.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_view.h"
#include "widgets/undo_commands.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sillok::gui {

namespace {

struct Loaded {
    core::EntityDetail detail;
    std::vector<core::TimelineItem> meetings; // initiatives only
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

// Merges made into an entity during this session: (decision id, merged name). The core has no
// "list decisions" call yet, so Split offers these.
std::map<qint64, std::vector<std::pair<std::int64_t, QString>>> &sessionMerges()
{
    static std::map<qint64, std::vector<std::pair<std::int64_t, QString>>> merges;
    return merges;
}

} // namespace

struct EntityPage::Private {
    LibraryService *service = nullptr;
    QUndoStack *undo = nullptr;
    qint64 requested = 0;
    bool loading = false;
    std::optional<Loaded> data;
    QLabel *header = nullptr;
    QLabel *status = nullptr;
    QListWidget *aliases = nullptr;
    FactModel *facts = nullptr;
    ArticleModel *articles = nullptr;
    EvidenceModel *mentions = nullptr;
    QTabWidget *tabs = nullptr;
    TimelineView *timeline = nullptr;
    QPushButton *split = nullptr;
    QList<QPushButton *> actions;
};

EntityPage::EntityPage(LibraryService *service, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    d->service = service;
    d->undo = undoStack;
    d->header = new QLabel(this);
    d->header->setWordWrap(true);
    d->header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->status = new QLabel(this);
    d->status->setWordWrap(true);
    d->status->setStyleSheet(QStringLiteral("color:#9a3412"));
    d->status->hide();
    d->aliases = new QListWidget(this);
    d->aliases->setMaximumHeight(90);
    d->aliases->setFlow(QListView::LeftToRight);
    d->aliases->setWrapping(true);
    d->aliases->setSpacing(2);

    auto *bar = new QHBoxLayout;
    auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        d->actions << b;
        return b;
    };
    button(tr("Rename…"), &EntityPage::askRename);
    button(tr("Add alias…"), &EntityPage::askAddAlias);
    button(tr("Remove alias"), &EntityPage::askRemoveAlias);
    button(tr("Merge with…"), &EntityPage::askMerge);
    d->split = button(tr("Split"), &EntityPage::splitLastMerge);
    button(tr("Not an entity"), &EntityPage::reject);
    bar->addStretch();

    d->facts = new FactModel(this);
    d->articles = new ArticleModel(this);
    d->mentions = new EvidenceModel(this);
    d->tabs = new QTabWidget(this);
    QTableView *factView = makeTable(d->facts, this);
    QTableView *articleView = makeTable(d->articles, this);
    articleView->setColumnHidden(ArticleModel::SourceColumn, true);
    articleView->horizontalHeader()->setSectionResizeMode(ArticleModel::TitleColumn, QHeaderView::Stretch);
    QTableView *mentionView = makeTable(d->mentions, this);
    mentionView->horizontalHeader()->setSectionResizeMode(EvidenceModel::QuoteColumn, QHeaderView::Stretch);
    d->tabs->addTab(factView, tr("Facts"));
    d->tabs->addTab(mentionView, tr("Mentions"));
    d->tabs->addTab(articleView, tr("Articles"));
    d->timeline = new TimelineView(this);
    d->tabs->addTab(d->timeline, tr("Meetings timeline"));

    connect(factView, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (i.column() == FactModel::OtherColumn && i.data(FactModel::OtherIdRole).toLongLong())
            emit entityActivated(i.data(FactModel::OtherIdRole).toLongLong());
        else if (i.data(FactModel::ArticleIdRole).toLongLong())
            emit openArticle(i.data(FactModel::ArticleIdRole).toLongLong(), i.data(FactModel::SentenceStartRole).toInt(),
                             i.data(FactModel::SentenceEndRole).toInt());
    });
    connect(mentionView, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit openArticle(i.data(EvidenceModel::ArticleIdRole).toLongLong(), i.data(EvidenceModel::SentenceStartRole).toInt(),
                         i.data(EvidenceModel::SentenceEndRole).toInt());
    });
    connect(articleView, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit openArticle(i.data(ArticleModel::IdRole).toLongLong(), -1, -1);
    });
    connect(d->timeline, &TimelineView::entityActivated, this, &EntityPage::entityActivated);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->header);
    layout->addWidget(d->status);
    layout->addWidget(new QLabel(tr("Names and aliases:"), this));
    layout->addWidget(d->aliases);
    layout->addLayout(bar);
    layout->addWidget(d->tabs, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if ((c & LibraryService::Entities) && d->requested)
            reload();
    });
    render();
}

EntityPage::~EntityPage() = default;

qint64 EntityPage::entityId() const { return d->data ? d->data->detail.summary.id : 0; }
QString EntityPage::entityName() const { return d->data ? toQ(d->data->detail.summary.name) : QString(); }
bool EntityPage::isLoading() const { return d->loading; }

QStringList EntityPage::aliases() const
{
    QStringList out;
    if (d->data)
        for (const auto &a : d->data->detail.aliases)
            out << toQ(a.form);
    return out;
}

void EntityPage::showEntity(qint64 id)
{
    d->requested = id;
    reload();
}

void EntityPage::reload()
{
    const qint64 id = d->requested;
    d->loading = true;
    d->service->run(this, [id](core::Library &lib) -> core::Result<Loaded> {
        auto detail = lib.entity(id);
        if (!detail)
            return std::unexpected(detail.error());
        Loaded loaded{std::move(*detail), {}};
        if (loaded.detail.summary.type == core::EntityType::Initiative) {
            if (auto items = lib.timeline()) {
                for (auto &item : *items)
                    if (std::find(item.initiatives.begin(), item.initiatives.end(), loaded.detail.summary.name)
                            != item.initiatives.end() || item.entityId == id)
                        loaded.meetings.push_back(std::move(item));
            }
        }
        return loaded;
    }, [this, id](core::Result<Loaded> r) {
        if (id != d->requested)
            return;
        d->loading = false;
        if (!r) {
            d->data.reset();
            d->status->setText(Display::error(r.error()));
            d->status->show();
        } else {
            d->status->hide();
            d->data = std::move(*r);
            // A merged-away entity resolves to its survivor: follow it.
            d->requested = d->data->detail.summary.id;
        }
        render();
        emit loaded();
    });
}

void EntityPage::render()
{
    const bool has = d->data.has_value();
    for (QPushButton *b : d->actions)
        b->setEnabled(has);
    d->split->setEnabled(canSplit());
    d->aliases->clear();
    if (!has) {
        d->header->setText(QStringLiteral("<i>") + tr("Choose an entity in the Entities list, the reader, the timeline or the graph.")
                           + QStringLiteral("</i>"));
        d->facts->setResults({}, 0);
        d->articles->setResults({});
        d->mentions->setResults({});
        d->timeline->setItems({});
        return;
    }
    const core::EntityDetail &e = d->data->detail;
    const core::EntitySummary &s = e.summary;
    QStringList lines;
    if (!s.kind.empty()) lines << tr("Kind: %1").arg(toQ(s.kind).toHtmlEscaped());
    if (!s.country.empty()) lines << tr("Country: %1").arg(toQ(s.country).toHtmlEscaped());
    if (!s.english.empty()) lines << tr("English: %1").arg(toQ(s.english).toHtmlEscaped());
    if (s.date.isValid()) {
        QString when = Display::dateWithPrecision(s.date);
        if (s.endDate.isValid() && s.endDate != s.date)
            when += QStringLiteral(" – ") + Display::date(s.endDate);
        if (!s.dateText.empty())
            when += QStringLiteral(" (“") + toQ(s.dateText).toHtmlEscaped() + QStringLiteral("”)");
        lines << tr("Date: %1").arg(when);
    }
    if (!s.place.empty()) lines << tr("Place: %1").arg(toQ(s.place).toHtmlEscaped());
    lines << tr("%n article(s)", nullptr, s.articleCount) + QStringLiteral(" · ") + tr("%n mention(s)", nullptr, s.mentionCount);
    if (s.rejected) lines << QStringLiteral("<b>") + tr("Marked as not an entity") + QStringLiteral("</b>");
    d->header->setText(QStringLiteral("<h2 style='margin:0;color:%1'>").arg(Display::entityColor(s.type).name())
                       + toQ(s.name).toHtmlEscaped() + QStringLiteral(" <small>") + Display::entityType(s.type)
                       + QStringLiteral("</small></h2>") + lines.join(QStringLiteral("<br>")));
    for (const auto &a : e.aliases) {
        auto *item = new QListWidgetItem(toQ(a.form), d->aliases);
        item->setToolTip(Display::aliasKind(a.kind));
    }
    d->facts->setResults(e.facts, s.id);
    d->articles->setResults(e.articles);
    d->mentions->setResults(e.mentions);
    const bool initiative = s.type == core::EntityType::Initiative;
    d->tabs->setTabVisible(3, initiative);
    d->timeline->setItems(initiative ? d->data->meetings : std::vector<core::TimelineItem>{});
}

bool EntityPage::canSplit() const
{
    auto it = sessionMerges().find(entityId());
    return it != sessionMerges().end() && !it->second.empty();
}

void EntityPage::rename(const QString &name)
{
    const qint64 id = entityId();
    const std::string n = toStd(name);
    d->undo->push(new CurationCommand(d->service, tr("Rename to “%1”").arg(name),
                                      [id, n](core::Library &lib) { return lib.renameEntity(id, n); },
                                      [this](const QString &m) { emit errorOccurred(m); }));
}

void EntityPage::addAlias(const QString &alias)
{
    const qint64 id = entityId();
    const std::string a = toStd(alias);
    d->undo->push(new CurationCommand(d->service, tr("Add alias “%1”").arg(alias),
                                      [id, a](core::Library &lib) { return lib.addAlias(id, a); },
                                      [this](const QString &m) { emit errorOccurred(m); }));
}

void EntityPage::removeAlias(const QString &alias)
{
    const qint64 id = entityId();
    const std::string a = toStd(alias);
    d->undo->push(new CurationCommand(d->service, tr("Remove alias “%1”").arg(alias),
                                      [id, a](core::Library &lib) { return lib.removeAlias(id, a); },
                                      [this](const QString &m) { emit errorOccurred(m); }));
}

void EntityPage::mergeWith(qint64 otherId, const QString &otherName)
{
    const qint64 keep = entityId();
    d->undo->push(new CurationCommand(
        d->service, tr("Merge “%1” into “%2”").arg(otherName, entityName()),
        [keep, otherId](core::Library &lib) { return lib.mergeEntities(keep, otherId); },
        [this](const QString &m) { emit errorOccurred(m); },
        [keep, otherName](std::int64_t decision) { sessionMerges()[keep].emplace_back(decision, otherName); }));
}

void EntityPage::splitLastMerge()
{
    auto it = sessionMerges().find(entityId());
    if (it == sessionMerges().end() || it->second.empty())
        return;
    const auto [decision, name] = it->second.back();
    it->second.pop_back();
    const qint64 id = entityId();
    d->undo->push(new CurationCommand(d->service, tr("Split “%1” out of “%2”").arg(name, entityName()),
                                      [id, decision](core::Library &lib) { return lib.splitEntity(id, decision); },
                                      [this](const QString &m) { emit errorOccurred(m); }));
}

void EntityPage::reject()
{
    const qint64 id = entityId();
    d->undo->push(new CurationCommand(d->service, tr("Mark “%1” as not an entity").arg(entityName()),
                                      [id](core::Library &lib) { return lib.rejectEntity(id); },
                                      [this](const QString &m) { emit errorOccurred(m); }));
}

void EntityPage::askRename()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal, entityName(), &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != entityName())
        rename(name.trimmed());
}

void EntityPage::askAddAlias()
{
    bool ok = false;
    const QString alias = QInputDialog::getText(this, tr("Add alias"), tr("Another name for %1:").arg(entityName()),
                                                QLineEdit::Normal, {}, &ok);
    if (ok && !alias.trimmed().isEmpty())
        addAlias(alias.trimmed());
}

void EntityPage::askRemoveAlias()
{
    QListWidgetItem *item = d->aliases->currentItem();
    if (!item) {
        emit errorOccurred(tr("Select an alias in the list first."));
        return;
    }
    removeAlias(item->text());
}

void EntityPage::askMerge()
{
    if (!d->data)
        return;
    const auto type = d->data->detail.summary.type;
    const qint64 self = entityId();
    d->service->run(this, [type](core::Library &lib) { return lib.entities(core::EntityFilter{type, {}, false}); },
                    [this, self](core::Result<std::vector<core::EntitySummary>> r) {
        if (!r) {
            emit errorOccurred(Display::error(r.error()));
            return;
        }
        QStringList names;
        std::vector<std::pair<qint64, QString>> ids;
        for (const auto &e : *r) {
            if (e.id == self)
                continue;
            ids.emplace_back(e.id, toQ(e.name));
            names << tr("%1 (%n article(s))", nullptr, e.articleCount).arg(toQ(e.name));
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Merge"), tr("Merge into “%1” (it keeps its name):").arg(entityName()),
                                                     names, 0, false, &ok);
        const auto at = names.indexOf(chosen);
        if (ok && at >= 0)
            mergeWith(ids[std::size_t(at)].first, ids[std::size_t(at)].second);
    });
}

} // namespace sillok::gui
