#pragma once
// ImportJob: one import of files/folders (or one re-extraction of the whole library) on the
// service's Import lane, with per-file progress, a cancel flag polled between files, and the
// final report, all delivered on the GUI thread.

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace sillok::gui {

class LibraryService;

// One file that was not imported: what the user reads, and the core's reason on demand.
struct ImportFileFailure {
    QString path;
    QString message; // translated, from the core's error code (Display::errorMessage)
    QString detail;  // the core's technical reason (English): for a tooltip, not the list text
};

struct ImportOutcome {
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportFileFailure> failures;
    bool cancelled = false;
    bool libraryError = false; // the library itself could not be written: the run stopped at once
    int notImported = 0;       // files left for the next run
    QString error;             // set when the import could not run at all, or the library failed (translated)
    QString errorDetail; // and the core's technical reason
};

class ImportJob : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Import,
        Reextract
    };
    ImportJob(LibraryService *service, const QStringList &paths, QObject *parent = nullptr, Mode mode = Mode::Import);
    Mode mode() const { return m_mode; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const ImportOutcome &outcome() const { return m_outcome; }

signals:
    // After each file: `done` of `total` files, the file, and why it failed: a translated
    // `message` ("" when it imported) and the core's technical `detail`.
    void progress(int done, int total, const QString &path, const QString &message, const QString &detail);
    void finished();

private:
    LibraryService *m_service;
    QStringList m_paths;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ImportOutcome m_outcome;
    bool m_running = false;
    Mode m_mode = Mode::Import;
};

} // namespace sillok::gui
