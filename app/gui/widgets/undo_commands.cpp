#include "widgets/undo_commands.h"

#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <optional>

namespace sillok::gui {

namespace {

QString quoteOf(const core::AnnotationRecord &a)
{
    QString q = toQ(a.exact).simplified();
    return q.size() > 24 ? q.left(24) + u'…' : q;
}

} // namespace

// What the query lane knows about a command; only the lane reads or writes it.
struct ServiceCommand::Lane {
    // A write failed: the database holds the state before that write, and the command is being
    // taken off the stack, so its writes still queued (an undo typed meanwhile) must not run.
    bool failed = false;
};

ServiceCommand::ServiceCommand(CommandContext context)
    : m_context(std::move(context)), m_lane(std::make_shared<Lane>()),
      m_self(std::make_shared<ServiceCommand *>(this))
{
}

ServiceCommand::~ServiceCommand() = default;

template <class T>
void ServiceCommand::write(Step step, std::function<core::Result<T>(core::Library &)> work, int changes,
                           std::function<void(const T &)> onDone)
{
    LibraryService *service = m_context.service;
    auto lane = m_lane;
    std::weak_ptr<ServiceCommand *> self = m_self;
    service->run(service, [lane, work = std::move(work)](core::Library &lib) -> core::Result<std::optional<T>> {
        if (lane->failed)
            return std::optional<T>(); // skipped: the command is being dropped
        auto result = work(lib);
        if (!result) {
            lane->failed = true;
            return std::unexpected(result.error());
        }
        return std::optional<T>(std::move(*result));
    }, [service, self, step, changes, onDone = std::move(onDone)](core::Result<std::optional<T>> result) {
        service->notifyChanged(changes);
        const std::shared_ptr<ServiceCommand *> command = self.lock(); // GUI thread: no race with delete
        if (!result) {
            if (command)
                (*command)->writeFailed(step, result.error()); // may delete the command: last
            return;
        }
        if (*result && onDone)
            onDone(**result);
    });
}

void ServiceCommand::write(Step step, std::function<core::Status(core::Library &)> work, int changes)
{
    write<bool>(step, [work = std::move(work)](core::Library &lib) -> core::Result<bool> {
        if (auto s = work(lib); !s)
            return std::unexpected(s.error());
        return true;
    }, changes);
}

void ServiceCommand::writeFailed(Step step, const core::Error &error)
{
    setObsolete(true);
    if (m_context.report) {
        const QString why = Display::error(error);
        const QString message = step == Step::Redo
            ? QCoreApplication::translate("UndoCommands", "%1 failed. %2 It was removed from the undo history.")
            : QCoreApplication::translate("UndoCommands",
                                          "Undo of %1 failed. %2 The change stays; it was removed from the undo history.");
        m_context.report(message.arg(text(), why), Display::errorDetail(error));
    }
    dropFromStack();
}

void ServiceCommand::dropFromStack()
{
    QUndoStack *stack = m_context.stack;
    if (!stack)
        return;
    for (int i = 0; i < stack->count(); ++i) {
        if (stack->command(i) != this)
            continue;
        // QUndoStack deletes an obsolete command, without calling its undo()/redo(), when it
        // reaches it: next to the index that is now; further away, when the user gets there.
        if (i == stack->index() - 1)
            stack->undo(); // deletes this
        else if (i == stack->index())
            stack->redo(); // deletes this
        return;
    }
}

AddAnnotationCommand::AddAnnotationCommand(CommandContext context, core::AnnotationRecord annotation)
    : ServiceCommand(std::move(context)),
      m_record(std::make_shared<core::AnnotationRecord>(std::move(annotation)))
{
    setText(QCoreApplication::translate("UndoCommands", "Highlight “%1”").arg(quoteOf(*m_record)));
}

void AddAnnotationCommand::redo()
{
    auto record = m_record;
    write(Step::Redo, [record](core::Library &lib) -> core::Status {
        auto stored = lib.addAnnotation(*record);
        if (!stored)
            return std::unexpected(stored.error());
        *record = *stored;
        return {};
    }, LibraryService::Annotations | LibraryService::Articles);
}

void AddAnnotationCommand::undo()
{
    auto record = m_record;
    write(Step::Undo, [record](core::Library &lib) -> core::Status {
        if (record->uid.empty())
            return {};
        return lib.deleteAnnotation(record->uid);
    }, LibraryService::Annotations | LibraryService::Articles);
}

EditAnnotationCommand::EditAnnotationCommand(CommandContext context, core::AnnotationRecord before,
                                             core::AnnotationRecord after)
    : ServiceCommand(std::move(context)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("UndoCommands", "Edit note on “%1”").arg(quoteOf(m_after)));
}

void EditAnnotationCommand::apply(Step step, const core::AnnotationRecord &record)
{
    write(step, [record](core::Library &lib) { return lib.updateAnnotation(record); }, LibraryService::Annotations);
}

void EditAnnotationCommand::redo() { apply(Step::Redo, m_after); }
void EditAnnotationCommand::undo() { apply(Step::Undo, m_before); }

DeleteAnnotationCommand::DeleteAnnotationCommand(CommandContext context, core::AnnotationRecord annotation)
    : ServiceCommand(std::move(context)), m_record(std::move(annotation))
{
    setText(QCoreApplication::translate("UndoCommands", "Delete highlight “%1”").arg(quoteOf(m_record)));
}

void DeleteAnnotationCommand::redo()
{
    const std::string uid = m_record.uid;
    write(Step::Redo, [uid](core::Library &lib) { return lib.deleteAnnotation(uid); },
          LibraryService::Annotations | LibraryService::Articles);
}

void DeleteAnnotationCommand::undo()
{
    const core::AnnotationRecord record = m_record;
    write(Step::Undo, [record](core::Library &lib) -> core::Status {
        auto stored = lib.addAnnotation(record);
        if (!stored)
            return std::unexpected(stored.error());
        return {};
    }, LibraryService::Annotations | LibraryService::Articles);
}

CurationCommand::CurationCommand(CommandContext context, const QString &text, Decide decide,
                                 std::function<void(std::int64_t)> onDecided)
    : ServiceCommand(std::move(context)), m_decide(std::move(decide)), m_onDecided(std::move(onDecided)),
      m_decision(std::make_shared<std::int64_t>(0))
{
    setText(text);
}

void CurationCommand::redo()
{
    auto decision = m_decision;
    auto decide = m_decide;
    write<std::int64_t>(Step::Redo, [decision, decide](core::Library &lib) -> core::Result<std::int64_t> {
        auto id = decide(lib);
        *decision = id ? *id : 0;
        return id;
    }, LibraryService::Everything, [onDecided = m_onDecided](const std::int64_t &id) {
        if (onDecided)
            onDecided(id);
    });
}

void CurationCommand::undo()
{
    auto decision = m_decision;
    write(Step::Undo, [decision](core::Library &lib) -> core::Status {
        const std::int64_t id = std::exchange(*decision, 0);
        return id ? lib.undoDecision(id) : core::Status{};
    }, LibraryService::Everything);
}

qint64 AddAnnotationCommand::articleId() const
{
    return m_record ? m_record->articleId : 0;
}

} // namespace sillok::gui
