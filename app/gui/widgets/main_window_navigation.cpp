// MainWindow's navigation: opening articles and entity pages, Back and Forward through the
// places visited, Next and Previous article.
#include "widgets/main_window.h"

#include "widgets/entity_page.h"
#include "widgets/entity_panel.h"
#include "widgets/graph_panel.h"
#include "widgets/library_panel.h"
#include "widgets/reader_view.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

namespace sillok::gui {

void MainWindow::openArticle(qint64 id, int sentenceStart, int sentenceEnd)
{
    if (id <= 0)
        return;
    visit({Place::Article, id, sentenceStart, sentenceEnd});
    m_reader->showArticle(id, sentenceStart, sentenceEnd);
}

void MainWindow::openEntity(qint64 id)
{
    if (id <= 0)
        return;
    visit({Place::Entity, id});
    m_entityPage->showEntity(id);
    m_entities->selectEntity(id);
    if (QDockWidget *d = dock(QStringLiteral("entity"))) {
        d->show();
        d->raise();
    }
    m_graph->showNeighbourhood(id);
}

void MainWindow::visit(const Place &place)
{
    if (m_navigating)
        return;
    if (m_historyIndex >= 0 && m_history[m_historyIndex] == place) {
        m_history[m_historyIndex] = place; // same place, newer sentence
        return;
    }
    m_history.erase(m_history.begin() + (m_historyIndex + 1), m_history.end());
    m_history.append(place);
    if (m_history.size() > 200)
        m_history.removeFirst();
    m_historyIndex = int(m_history.size()) - 1;
    updateHistoryActions();
}

void MainWindow::goTo(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    m_historyIndex = index;
    const Place p = m_history[index];
    m_navigating = true;
    if (p.kind == Place::Article)
        openArticle(p.id, p.start, p.end);
    else
        openEntity(p.id);
    m_navigating = false;
    updateHistoryActions();
}

void MainWindow::goBack()
{
    goTo(m_historyIndex - 1);
}
void MainWindow::goForward()
{
    goTo(m_historyIndex + 1);
}

void MainWindow::updateHistoryActions()
{
    if (QAction *b = action(QStringLiteral("back")))
        b->setEnabled(canGoBack());
    if (QAction *f = action(QStringLiteral("forward")))
        f->setEnabled(canGoForward());
}

void MainWindow::nextArticle()
{
    stepArticle(+1);
}
void MainWindow::previousArticle()
{
    stepArticle(-1);
}

void MainWindow::stepArticle(int step)
{
    // While the Library panel shows a filter, Next/Previous walk the filtered list and say so at
    // its end; otherwise (no filter, or the panel is not in view) they walk the whole library.
    const qint64 current = m_reader->articleId();
    if (m_library->isFiltered() && m_libraryInView) {
        const qint64 id = m_library->neighbour(current, step);
        if (id)
            openArticle(id);
        else
            statusBar()->showMessage(step > 0 ? tr("This is the last article of the filtered list.")
                                              : tr("This is the first article of the filtered list."),
                                     8000);
        return;
    }
    m_library->neighbourInLibrary(current, step, [this, step](qint64 id) {
        if (id)
            openArticle(id);
        else
            statusBar()->showMessage(step > 0 ? tr("This is the last article.") : tr("This is the first article."),
                                     5000);
    });
}

} // namespace sillok::gui
