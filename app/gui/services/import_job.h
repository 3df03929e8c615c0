#pragma once
// ImportJob: one import of files/folders on the service's Import lane, with per-file progress,
// a cancel flag polled between files, and the final report, all delivered on the GUI thread.

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace sillok::gui {

class LibraryService;

struct ImportOutcome {
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList failures; // "path: reason"
    bool cancelled = false;
    QString error; // set when the import could not run at all
};

class ImportJob : public QObject {
    Q_OBJECT
public:
    ImportJob(LibraryService *service, const QStringList &paths, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const ImportOutcome &outcome() const { return m_outcome; }

signals:
    // After each file: `done` of `total` files, the file, and its error ("" when it imported).
    void progress(int done, int total, const QString &path, const QString &error);
    void finished();

private:
    LibraryService *m_service;
    QStringList m_paths;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ImportOutcome m_outcome;
    bool m_running = false;
};

} // namespace sillok::gui
