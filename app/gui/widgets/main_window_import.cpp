// MainWindow's imports: files and folders (menu or dropped on the window) and re-extraction of
// a library an earlier version extracted, each with its progress dialog.
#include "widgets/main_window.h"

#include "services/import_job.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/import_dialog.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QStatusBar>
#include <QToolButton>

namespace sillok::gui {

ImportDialog *MainWindow::importPaths(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_service, paths, this, ImportDialog::Mode::Import);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this] {
        statusBar()->showMessage(tr("Import finished."), 5000);
        if (QDockWidget *d = dock(QStringLiteral("changes")))
            d->raise(); // what it brought, without taking the focus
    });
    dialog->show();
    dialog->start();
    return dialog;
}

ImportDialog *MainWindow::reextract()
{
    m_reextract->hide();
    auto *dialog = new ImportDialog(m_service, {}, this, ImportDialog::Mode::Reextract);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this, dialog] {
        if (dialog->job()->outcome().cancelled || !dialog->job()->outcome().error.isEmpty()
            || dialog->job()->outcome().libraryError)
            m_reextract->show(); // not done: still offered
        else
            statusBar()->showMessage(tr("Re-extraction finished."), 5000);
    });
    dialog->show();
    dialog->start();
    return dialog;
}

void MainWindow::checkExtractorVersion()
{
    m_service->run(
        this, [](core::Library &lib) { return lib.needsReextraction(); },
        [this](core::Result<bool> r) {
            if (!r || !*r)
                return;
            m_reextract->show();
            statusBar()->showMessage(tr("This library was extracted by an earlier version: re-extract it to see what "
                                        "this version finds."),
                                     30000);
        });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        importPaths(paths);
        event->acceptProposedAction();
    }
}

} // namespace sillok::gui
