#pragma once
// ImportDialog: runs one ImportJob (an import, or a re-extraction of the library) and shows it —
// progress bar, current file, done/total with articles per second and the time left, the list of
// files that failed and why (a translated reason; the core's technical one in the item's
// tooltip), Cancel. A failure of the library itself (disk full, read-only) is one message: how
// many files were stored, that the library is intact, and that importing again resumes.
// Modeless: the main window stays usable meanwhile.

#include <QDialog>
#include <QElapsedTimer>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;

namespace sillok::gui {

class ImportJob;
class LibraryService;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode {
        Import,
        Reextract
    };
    ImportDialog(LibraryService *service, const QStringList &paths, QWidget *parent = nullptr,
                 Mode mode = Mode::Import);

    void start();
    ImportJob *job() const { return m_job; }
    bool isFinished() const { return m_finished; }
    // The files that failed, one item each: "name: translated reason", the full path and the
    // core's technical reason in the tooltip, that reason alone under DetailRole.
    QListWidget *failureList() const { return m_errors; }
    QLabel *summaryLabel() const { return m_current; }
    QLabel *countsLabel() const { return m_counts; }
    QProgressBar *progressBar() const { return m_bar; }
    // "12 of 40 files · 5.1 articles/s · about 6 s left" for the given state (tests, the label).
    static QString countsText(int done, int total, double seconds);
    static constexpr int DetailRole = Qt::UserRole + 1;

signals:
    void importFinished();

private:
    void onProgress(int done, int total, const QString &path, const QString &message, const QString &detail);
    void addFailure(const QString &path, const QString &message, const QString &detail);
    void onFinished();

    ImportJob *m_job;
    QProgressBar *m_bar;
    QLabel *m_current;
    QLabel *m_counts;
    QListWidget *m_errors;
    QDialogButtonBox *m_buttons;
    QSet<QString> m_listed; // paths already in m_errors
    int m_failed = 0;
    bool m_finished = false;
    Mode m_mode = Mode::Import;
    QElapsedTimer m_clock;
    qint64 m_shownAt = -1; // m_clock's ms when the bar and lines last changed
};

} // namespace sillok::gui
