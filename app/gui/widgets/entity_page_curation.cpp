// EntityPage curation: rename, aliases, merge, split and "not an entity", each an undoable
// CurationCommand, and the small dialogs that ask for them.

#include "widgets/entity_page_p.h"

#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/undo_commands.h"

#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

namespace sillok::gui {

std::map<qint64, std::vector<std::pair<std::int64_t, QString>>> &entityPageSessionMerges()
{
    static std::map<qint64, std::vector<std::pair<std::int64_t, QString>>> merges;
    return merges;
}

bool EntityPage::canSplit() const
{
    auto it = entityPageSessionMerges().find(entityId());
    return it != entityPageSessionMerges().end() && !it->second.empty();
}

void EntityPage::rename(const QString &name)
{
    const qint64 id = entityId();
    const std::string n = toStd(name);
    d->undo->push(new CurationCommand({d->service, d->undo, reportTo(this)}, tr("Rename to “%1”").arg(name),
                                      [id, n](core::Library &lib) { return lib.renameEntity(id, n); }));
}

void EntityPage::addAlias(const QString &alias)
{
    const qint64 id = entityId();
    const std::string a = toStd(alias);
    d->undo->push(new CurationCommand({d->service, d->undo, reportTo(this)}, tr("Add alias “%1”").arg(alias),
                                      [id, a](core::Library &lib) { return lib.addAlias(id, a); }));
}

void EntityPage::removeAlias(const QString &alias)
{
    const qint64 id = entityId();
    const std::string a = toStd(alias);
    d->undo->push(new CurationCommand({d->service, d->undo, reportTo(this)}, tr("Remove alias “%1”").arg(alias),
                                      [id, a](core::Library &lib) { return lib.removeAlias(id, a); }));
}

void EntityPage::mergeWith(qint64 otherId, const QString &otherName)
{
    const qint64 keep = entityId();
    d->undo->push(new CurationCommand(
        {d->service, d->undo, reportTo(this)}, tr("Merge “%1” into “%2”").arg(otherName, entityName()),
        [keep, otherId](core::Library &lib) { return lib.mergeEntities(keep, otherId); },
        [keep, otherName](std::int64_t decision) { entityPageSessionMerges()[keep].emplace_back(decision, otherName); }));
}

void EntityPage::splitLastMerge()
{
    auto it = entityPageSessionMerges().find(entityId());
    if (it == entityPageSessionMerges().end() || it->second.empty())
        return;
    const auto [decision, name] = it->second.back();
    it->second.pop_back();
    const qint64 id = entityId();
    d->undo->push(new CurationCommand({d->service, d->undo, reportTo(this)}, tr("Split “%1” out of “%2”").arg(name, entityName()),
                                      [id, decision](core::Library &lib) { return lib.splitEntity(id, decision); }));
}

void EntityPage::reject()
{
    const qint64 id = entityId();
    d->undo->push(new CurationCommand({d->service, d->undo, reportTo(this)}, tr("Mark “%1” as not an entity").arg(entityName()),
                                      [id](core::Library &lib) { return lib.rejectEntity(id); }));
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
        emit errorOccurred(tr("Select an alias in the list first."), QString());
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
            emit errorOccurred(Display::error(r.error()), Display::errorDetail(r.error()));
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
