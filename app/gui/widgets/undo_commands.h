#pragma once
// Undoable edits: annotations (add / edit / delete) and entity curation (each a core decision
// that undoDecision() reverses). redo()/undo() queue the core call on the service's FIFO query
// lane, so an undo always runs after the redo it reverses; state shared between them is only
// touched on that lane. Views refresh via changed().
//
// The stack and the database agree: a redo or undo whose write fails leaves the database as it
// was, so the command is made obsolete and taken off the stack (at once when it is next to the
// stack's index, else when undo/redo reaches it: QUndoStack skips obsolete commands). Its
// writes still queued are not run. The user is told why through `report`.

#include "common/result.h"
#include "model/records.h"

#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>

class QUndoStack;

namespace sillok::core {
class Library;
}

namespace sillok::gui {

class LibraryService;
// (message, detail) on the GUI thread: a translated sentence and the core's technical detail.
using ErrorReporter = std::function<void(const QString &message, const QString &detail)>;

// An ErrorReporter that emits `widget->errorOccurred(message, detail)` while the widget exists.
template <class Widget>
ErrorReporter reportTo(Widget *widget)
{
    return [guard = QPointer<Widget>(widget)](const QString &message, const QString &detail) {
        if (guard)
            emit guard->errorOccurred(message, detail);
    };
}

// Where a command runs and reports: the service, the stack it is pushed on (to take it off
// when a write fails), and who tells the user.
struct CommandContext {
    LibraryService *service = nullptr;
    QUndoStack *stack = nullptr;
    ErrorReporter report;
};

// Base of the commands below: runs their writes on the query lane and keeps the stack honest.
class ServiceCommand : public QUndoCommand {
public:
    ~ServiceCommand() override;
    // The article the command changes (0 when it changes none): undo opens it when it is not
    // the one shown, so what was undone can be seen.
    virtual qint64 articleId() const { return 0; }

protected:
    explicit ServiceCommand(CommandContext context);

    enum class Step { Redo, Undo };
    // Queues `work(Library &) -> Result<T>` for `step`. On the lane it is skipped when an earlier
    // write of this command failed. On success `onDone(value)` runs on the GUI thread; on
    // failure the command drops itself from the stack and reports. `changes` are notified
    // either way (LibraryService::Change flags).
    template <class T>
    void write(Step step, std::function<core::Result<T>(core::Library &)> work, int changes,
               std::function<void(const T &)> onDone = {});
    void write(Step step, std::function<core::Status(core::Library &)> work, int changes);

private:
    struct Lane;
    void writeFailed(Step step, const core::Error &error);
    void dropFromStack();

    CommandContext m_context;
    std::shared_ptr<Lane> m_lane;          // touched only on the query lane
    std::shared_ptr<ServiceCommand *> m_self; // GUI thread: expires when the command is deleted
};

class AddAnnotationCommand : public ServiceCommand {
public:
    AddAnnotationCommand(CommandContext context, core::AnnotationRecord annotation);
    void redo() override;
    void undo() override;
    qint64 articleId() const override;

private:
    std::shared_ptr<core::AnnotationRecord> m_record; // gets its uid on the first redo (lane only)
};

class EditAnnotationCommand : public ServiceCommand {
public:
    EditAnnotationCommand(CommandContext context, core::AnnotationRecord before, core::AnnotationRecord after);
    void redo() override;
    void undo() override;
    qint64 articleId() const override { return m_after.articleId; }

private:
    void apply(Step step, const core::AnnotationRecord &record);
    core::AnnotationRecord m_before;
    core::AnnotationRecord m_after;
};

class DeleteAnnotationCommand : public ServiceCommand {
public:
    DeleteAnnotationCommand(CommandContext context, core::AnnotationRecord annotation);
    void redo() override;
    void undo() override;
    qint64 articleId() const override { return m_record.articleId; }

private:
    core::AnnotationRecord m_record;
};

// One curation step: `decide` makes the decision and returns its id.
class CurationCommand : public ServiceCommand {
public:
    using Decide = std::function<core::Result<std::int64_t>(core::Library &)>;
    // `onDecided` (GUI thread) receives the decision id after each successful redo.
    CurationCommand(CommandContext context, const QString &text, Decide decide,
                    std::function<void(std::int64_t)> onDecided = {});
    void redo() override;
    void undo() override;

private:
    Decide m_decide;
    std::function<void(std::int64_t)> m_onDecided;
    std::shared_ptr<std::int64_t> m_decision; // 0 = none in effect (lane only)
};

} // namespace sillok::gui
