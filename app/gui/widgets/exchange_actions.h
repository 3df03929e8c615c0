#pragma once
// ExchangeActions: File → Export (GraphML, CSV entities, CSV facts, iCalendar, W3C annotations)
// and File → Import annotations. The file is chosen with a QFileDialog; rendering, writing
// (temporary file + rename) and importing run on the service's query lane
// (core/export/library_export.h, the same code as `sillok-cli export` / `import-annotations`),
// so the window stays responsive. Outcomes come back as signals and, for the user, a status
// line or a message box listing what failed.

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace sillok::core {
enum class ExportFormat;
}

namespace sillok::gui {

class LibraryService;

struct AnnotationImportOutcome {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int orphaned = 0;
    QStringList errors; // one per annotation (or file problem) that did not come in
};

class ExchangeActions : public QObject {
    Q_OBJECT
public:
    // `window` parents the dialogs and message boxes (not owned).
    ExchangeActions(LibraryService *service, QWidget *window);

    // Adds "Export" (a submenu, one action per format) and "Import annotations…" to `file`.
    void addTo(QMenu *file);

    // Writes the export to `path` without asking; emits exportFinished.
    void exportTo(sillok::core::ExportFormat format, const QString &path);
    // Imports a W3C Web Annotation file without asking; emits annotationsImported.
    void importAnnotationsFrom(const QString &path);
    // Whether outcomes are also shown to the user (message boxes); tests turn it off.
    void setInteractive(bool on) { m_interactive = on; }

    // The translated menu label and file-dialog filter of a format.
    static QString label(sillok::core::ExportFormat format);
    static QString fileFilter(sillok::core::ExportFormat format);

signals:
    // `error` is "" on success.
    void exportFinished(const QString &path, const QString &error);
    // `error` is set when the file could not be read or is not an annotation document.
    void annotationsImported(const QString &path, const sillok::gui::AnnotationImportOutcome &outcome,
                             const QString &error);
    void statusMessage(const QString &message);

private:
    void askExport(sillok::core::ExportFormat format);
    void askImportAnnotations();

    LibraryService *m_service;
    QWidget *m_window;
    bool m_interactive = true;
};

} // namespace sillok::gui
