#pragma once
// Undoable edits: annotations (add / edit / delete) and entity curation (each a core decision
// that undoDecision() reverses). redo()/undo() queue the core call on the service's FIFO query
// lane, so an undo always runs after the redo it reverses; state shared between them is only
// touched on that lane. Failures go to `report` (GUI thread); views refresh via changed().

#include "common/result.h"
#include "model/records.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace sillok::core {
class Library;
}

namespace sillok::gui {

class LibraryService;
using ErrorReporter = std::function<void(const QString &message)>;

class AddAnnotationCommand : public QUndoCommand {
public:
    AddAnnotationCommand(LibraryService *service, core::AnnotationRecord annotation, ErrorReporter report);
    void redo() override;
    void undo() override;

private:
    LibraryService *m_service;
    std::shared_ptr<core::AnnotationRecord> m_record; // gets its uid on the first redo
    ErrorReporter m_report;
};

class EditAnnotationCommand : public QUndoCommand {
public:
    EditAnnotationCommand(LibraryService *service, core::AnnotationRecord before, core::AnnotationRecord after,
                          ErrorReporter report);
    void redo() override;
    void undo() override;

private:
    void apply(const core::AnnotationRecord &record);
    LibraryService *m_service;
    core::AnnotationRecord m_before;
    core::AnnotationRecord m_after;
    ErrorReporter m_report;
};

class DeleteAnnotationCommand : public QUndoCommand {
public:
    DeleteAnnotationCommand(LibraryService *service, core::AnnotationRecord annotation, ErrorReporter report);
    void redo() override;
    void undo() override;

private:
    LibraryService *m_service;
    core::AnnotationRecord m_record;
    ErrorReporter m_report;
};

// One curation step: `decide` makes the decision and returns its id.
class CurationCommand : public QUndoCommand {
public:
    using Decide = std::function<core::Result<std::int64_t>(core::Library &)>;
    // `onDecided` (GUI thread) receives the decision id after each successful redo.
    CurationCommand(LibraryService *service, const QString &text, Decide decide, ErrorReporter report,
                    std::function<void(std::int64_t)> onDecided = {});
    void redo() override;
    void undo() override;

private:
    LibraryService *m_service;
    Decide m_decide;
    ErrorReporter m_report;
    std::function<void(std::int64_t)> m_onDecided;
    std::shared_ptr<std::int64_t> m_decision; // 0 = none in effect
};

} // namespace sillok::gui
