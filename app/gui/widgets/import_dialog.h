#pragma once
// ImportDialog: runs one ImportJob and shows it — progress bar, current file, counts, the list
// of files that failed and why (a translated reason; the core's technical one in the item's
// tooltip), Cancel. Modeless: the main window stays usable meanwhile.

#include <QDialog>
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
    ImportDialog(LibraryService *service, const QStringList &paths, QWidget *parent = nullptr);

    void start();
    ImportJob *job() const { return m_job; }
    bool isFinished() const { return m_finished; }
    // The files that failed, one item each: "name: translated reason", the full path and the
    // core's technical reason in the tooltip, that reason alone under DetailRole.
    QListWidget *failureList() const { return m_errors; }
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
};

} // namespace sillok::gui
