// MainWindow's actions: the menus, the toolbar, the help dialogs read off them, and what an
// undo or redo says and shows.
#include "widgets/main_window.h"

#include "widgets/exchange_actions.h"
#include "widgets/reader_view.h"
#include "widgets/search_popup.h"
#include "widgets/settings_dialog.h"
#include "widgets/undo_commands.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sillok::gui {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("&Import files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import articles"), {},
                                                                tr("Articles (*.txt *.html *.htm);;All files (*)"));
        if (!files.isEmpty())
            importPaths(files);
    });
    importFiles->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of articles"));
        if (!dir.isEmpty())
            importPaths({dir});
    });
    file->addSeparator();
    m_exchange->addTo(file);
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, [this] { SettingsDialog(this).exec(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Short texts so the toolbar never moves; what would be undone is in the tooltip.
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redo, &QAction::triggered, this, [this] {
        const QScopedValueRollback redoing(m_redoing, true);
        m_undo->redo();
    });
    const auto updateUndo = [this, undo, redo] {
        undo->setEnabled(m_undo->canUndo());
        redo->setEnabled(m_undo->canRedo());
        undo->setToolTip(m_undo->canUndo() ? tr("Undo: %1").arg(m_undo->undoText()) : tr("Nothing to undo"));
        redo->setToolTip(m_undo->canRedo() ? tr("Redo: %1").arg(m_undo->redoText()) : tr("Nothing to redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, updateUndo);
    connect(m_undo, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *highlight =
        edit->addAction(tr("&Highlight selection…"), m_reader, [this] { m_reader->annotateSelection(); });
    highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *find = edit->addAction(tr("&Find in article…"), m_reader, [this] { m_reader->startFind(); });
    find->setObjectName(QStringLiteral("findInArticle"));
    find->setShortcut(QKeySequence::Find);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *search = go->addAction(tr("&Search…"), m_search, &SearchPopup::popup);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    go->addSeparator();
    QAction *back = go->addAction(tr("&Back"), this, &MainWindow::goBack);
    back->setObjectName(QStringLiteral("back"));
    back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    QAction *forward = go->addAction(tr("&Forward"), this, &MainWindow::goForward);
    forward->setObjectName(QStringLiteral("forward"));
    forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    go->addSeparator();
    QAction *next = go->addAction(tr("&Next article"), this, &MainWindow::nextArticle);
    next->setObjectName(QStringLiteral("nextArticle"));
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_BracketRight), QKeySequence(Qt::ALT | Qt::Key_Down)});
    QAction *previous = go->addAction(tr("&Previous article"), this, &MainWindow::previousArticle);
    previous->setObjectName(QStringLiteral("previousArticle"));
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), QKeySequence(Qt::ALT | Qt::Key_Up)});
    updateHistoryActions();
    go->addSeparator();
    go->addAction(tr("What this &import brought"), this, &MainWindow::showChanges)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    go->addAction(tr("&Review queue"), this, &MainWindow::showReview)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    createViewAndHelpMenus();

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->addAction(back);
    bar->addAction(forward);
    bar->addSeparator();
    bar->addAction(importFiles);
    bar->addAction(search);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addAction(previous);
    bar->addAction(next);
}

void MainWindow::createViewAndHelpMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("Show &hidden blocks"), this, [this](bool on) { m_reader->setShowNoise(on); })
        ->setCheckable(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    help->addAction(tr("&About Sillok"), this, [this] {
        QMessageBox::about(this, tr("About Sillok"),
                           tr("<b>Sillok (실록)</b><br>A knowledge base over Korean AI-chip industry news: "
                              "articles, entities, timeline, graph and your annotations, in one local file."));
    });
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::showUndone(int index)
{
    // Undoing (the index went down) an edit made in another article opens that article, so the
    // change can be seen; every undo and redo says what it did in the status bar.
    const int before = std::exchange(m_undoIndex, index);
    if (index == before)
        return;
    const bool undone = index < before;
    if (!undone && !m_redoing)
        return; // a new edit (a push), not a redo: it said "Redone:" for every new highlight
    const QUndoCommand *command = m_undo->command(undone ? index : index - 1);
    if (!command)
        return;
    statusBar()->showMessage((undone ? tr("Undone: %1") : tr("Redone: %1")).arg(command->text()), 8000);
    if (const auto *c = dynamic_cast<const ServiceCommand *>(command);
        c && c->articleId() && c->articleId() != m_reader->articleId())
        openArticle(c->articleId());
}

void MainWindow::showUserGuide()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("userGuideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sillok user guide"));
    auto *text = new QTextBrowser(dialog);
    text->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly)) {
        text->setSearchPaths({QStringLiteral(":/docs")});
        text->setMarkdown(QString::fromUtf8(guide.readAll()));
    } else {
        text->setPlainText(tr("The user guide is not part of this build."));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(900, 760);
    dialog->show();
}

void MainWindow::showShortcuts()
{
    // Read off the actions themselves, so the list is always what the keys do.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(0, 2, dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(QString(a->text()).remove(u'&')));
            table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        }
    }
    const QList<QPair<QString, QString>> inPanels = {
        {tr("Open the selected article, entity or result"), tr("Enter")},
        {tr("Close a dialog or the search"), tr("Esc")},
        {tr("Extend the selection in the article"), tr("Shift+Arrow keys")},
        {tr("Copy the selected rows of a list (tab-separated)"), tr("Ctrl+C")},
        {tr("List every sentence that states the selected fact or relation (entity page)"), tr("S")},
    };
    for (const auto &[what, keys] : inPanels) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(what));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(560, 520);
    dialog->show();
}

} // namespace sillok::gui
