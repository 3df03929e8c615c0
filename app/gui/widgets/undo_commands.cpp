#include "widgets/undo_commands.h"

#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QCoreApplication>

namespace sillok::gui {

namespace {

// Runs a Status-returning write on the query lane; reports failures; refreshes views.
template <class Work>
void write(LibraryService *service, Work work, const ErrorReporter &report, int changes)
{
    service->run(service, std::move(work), [service, report, changes](auto result) {
        if (!result && report)
            report(Display::error(result.error()));
        service->notifyChanged(changes);
    });
}

QString quoteOf(const core::AnnotationRecord &a)
{
    QString q = toQ(a.exact).simplified();
    return q.size() > 24 ? q.left(24) + u'…' : q;
}

} // namespace

AddAnnotationCommand::AddAnnotationCommand(LibraryService *service, core::AnnotationRecord annotation,
                                           ErrorReporter report)
    : m_service(service), m_record(std::make_shared<core::AnnotationRecord>(std::move(annotation))),
      m_report(std::move(report))
{
    setText(QCoreApplication::translate("UndoCommands", "Highlight “%1”").arg(quoteOf(*m_record)));
}

void AddAnnotationCommand::redo()
{
    auto record = m_record;
    write(m_service, [record](core::Library &lib) -> core::Status {
        auto stored = lib.addAnnotation(*record);
        if (!stored)
            return std::unexpected(stored.error());
        *record = *stored;
        return {};
    }, m_report, LibraryService::Annotations | LibraryService::Articles);
}

void AddAnnotationCommand::undo()
{
    auto record = m_record;
    write(m_service, [record](core::Library &lib) -> core::Status {
        if (record->uid.empty())
            return {};
        return lib.deleteAnnotation(record->uid);
    }, m_report, LibraryService::Annotations | LibraryService::Articles);
}

EditAnnotationCommand::EditAnnotationCommand(LibraryService *service, core::AnnotationRecord before,
                                             core::AnnotationRecord after, ErrorReporter report)
    : m_service(service), m_before(std::move(before)), m_after(std::move(after)), m_report(std::move(report))
{
    setText(QCoreApplication::translate("UndoCommands", "Edit note on “%1”").arg(quoteOf(m_after)));
}

void EditAnnotationCommand::apply(const core::AnnotationRecord &record)
{
    write(m_service, [record](core::Library &lib) { return lib.updateAnnotation(record); }, m_report,
          LibraryService::Annotations);
}

void EditAnnotationCommand::redo() { apply(m_after); }
void EditAnnotationCommand::undo() { apply(m_before); }

DeleteAnnotationCommand::DeleteAnnotationCommand(LibraryService *service, core::AnnotationRecord annotation,
                                                 ErrorReporter report)
    : m_service(service), m_record(std::move(annotation)), m_report(std::move(report))
{
    setText(QCoreApplication::translate("UndoCommands", "Delete highlight “%1”").arg(quoteOf(m_record)));
}

void DeleteAnnotationCommand::redo()
{
    const std::string uid = m_record.uid;
    write(m_service, [uid](core::Library &lib) { return lib.deleteAnnotation(uid); }, m_report,
          LibraryService::Annotations | LibraryService::Articles);
}

void DeleteAnnotationCommand::undo()
{
    const core::AnnotationRecord record = m_record;
    write(m_service, [record](core::Library &lib) -> core::Status {
        auto stored = lib.addAnnotation(record);
        if (!stored)
            return std::unexpected(stored.error());
        return {};
    }, m_report, LibraryService::Annotations | LibraryService::Articles);
}

CurationCommand::CurationCommand(LibraryService *service, const QString &text, Decide decide,
                                 ErrorReporter report, std::function<void(std::int64_t)> onDecided)
    : m_service(service), m_decide(std::move(decide)), m_report(std::move(report)),
      m_onDecided(std::move(onDecided)), m_decision(std::make_shared<std::int64_t>(0))
{
    setText(text);
}

void CurationCommand::redo()
{
    auto decision = m_decision;
    auto decide = m_decide;
    auto report = m_report;
    auto onDecided = m_onDecided;
    LibraryService *service = m_service;
    service->run(service, [decision, decide](core::Library &lib) -> core::Result<std::int64_t> {
        auto id = decide(lib);
        *decision = id ? *id : 0;
        return id;
    }, [service, report, onDecided](core::Result<std::int64_t> result) {
        if (!result) {
            if (report)
                report(Display::error(result.error()));
        } else if (onDecided) {
            onDecided(*result);
        }
        service->notifyChanged(LibraryService::Everything);
    });
}

void CurationCommand::undo()
{
    auto decision = m_decision;
    write(m_service, [decision](core::Library &lib) -> core::Status {
        const std::int64_t id = std::exchange(*decision, 0);
        return id ? lib.undoDecision(id) : core::Status{};
    }, m_report, LibraryService::Everything);
}

} // namespace sillok::gui
