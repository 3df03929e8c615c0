#pragma once
// ImportDialog: runs one ImportJob and shows it — progress bar, current file, counts, the list
// of files that failed and why, Cancel. Modeless: the main window stays usable meanwhile.

#include <QDialog>

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

signals:
    void importFinished();

private:
    void onProgress(int done, int total, const QString &path, const QString &error);
    void onFinished();

    ImportJob *m_job;
    QProgressBar *m_bar;
    QLabel *m_current;
    QLabel *m_counts;
    QListWidget *m_errors;
    QDialogButtonBox *m_buttons;
    int m_failed = 0;
    bool m_finished = false;
};

} // namespace sillok::gui
