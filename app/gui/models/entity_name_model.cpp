#include "models/entity_name_model.h"

#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"

namespace sillok::gui {

// The request in flight: its ticket (a newer text cancels it) and its text.
struct EntityNameModel::Request {
    std::shared_ptr<LibraryService::Ticket> ticket = std::make_shared<LibraryService::Ticket>();
    QString text;
};

EntityNameModel::EntityNameModel(LibraryService *service, QObject *parent)
    : QAbstractListModel(parent), m_service(service)
{}

EntityNameModel::~EntityNameModel() = default;

void EntityNameModel::match(const QString &text)
{
    const QString wanted = text.trimmed();
    if (m_request && m_request->text == wanted)
        return; // already asked
    if (m_request)
        m_service->cancel(m_request->ticket);
    m_request.reset();
    if (wanted.isEmpty()) {
        show(wanted, {});
        return;
    }
    auto request = std::make_shared<Request>();
    request->text = wanted;
    m_request = request;
    m_service->runCancellable(
        this, request->ticket,
        [needle = toStd(wanted)](core::Library &lib) { return lib.entityNamesMatching(needle, kMatchLimit); },
        [this, request](core::Result<std::vector<core::EntityNameMatch>> r) {
            if (m_request != request)
                return; // a newer text was asked for
            m_request.reset();
            std::vector<Row> rows;
            if (r) {
                rows.reserve(r->size());
                for (const core::EntityNameMatch &m : *r)
                    rows.push_back({toQ(m.form), toQ(m.name), toQ(m.uid), m.id, int(m.type), m.form == m.name});
            }
            show(request->text, std::move(rows));
        });
}

void EntityNameModel::show(const QString &text, std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_matched = text;
    endResetModel();
    emit matched();
}

QString EntityNameModel::nameOfUid(const QString &uid) const
{
    if (const auto it = m_known.constFind(uid); it != m_known.constEnd())
        return it.value();
    for (const Row &r : m_rows)
        if (r.uid == uid)
            return r.name;
    return {};
}

QString EntityNameModel::uidOf(const QString &form) const
{
    const QString wanted = form.trimmed();
    QString byAlias;
    bool ambiguous = false;
    for (const Row &r : m_rows) {
        if (r.form.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        if (r.own)
            return r.uid;
        if (!byAlias.isEmpty() && byAlias != r.uid)
            ambiguous = true;
        byAlias = r.uid;
    }
    return ambiguous ? QString() : byAlias;
}

int EntityNameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntityNameModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return r.own ? tr("%1 (%2)").arg(r.form, Display::entityType(core::EntityType(r.type)))
                     : tr("%1 — %2 (%3)").arg(r.form, r.name, Display::entityType(core::EntityType(r.type)));
    case Qt::EditRole:
        return r.form;
    case Qt::ToolTipRole:
        return r.name;
    case Qt::ForegroundRole:
        return Display::entityColor(core::EntityType(r.type));
    case IdRole:
        return r.id;
    case TypeRole:
        return r.type;
    case NameRole:
        return r.name;
    case UidRole:
        return r.uid;
    }
    return {};
}

} // namespace sillok::gui
