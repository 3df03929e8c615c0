#include "app/screenshots.h"

#include "models/entity_model.h"
#include "widgets/entity_panel.h"
#include "widgets/library_panel.h"
#include "widgets/main_window.h"
#include "widgets/reader_view.h"
#include "widgets/search_popup.h"

#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

namespace sillok::gui {

namespace {

struct Step {
    std::function<void()> prepare;
    QString name; // "" = no grab
    bool popup = false;
};

void runSteps(MainWindow *w, QString dir, std::shared_ptr<std::vector<Step>> steps, std::size_t i,
              std::function<void()> done)
{
    if (i >= steps->size()) {
        done();
        return;
    }
    (*steps)[i].prepare();
    QTimer::singleShot(1800, w, [w, dir, steps, i, done] {
        const Step &s = (*steps)[i];
        if (!s.name.isEmpty()) {
            QWidget *target = s.popup ? static_cast<QWidget *>(w->searchPopup()) : static_cast<QWidget *>(w);
            target->grab().save(QDir(dir).filePath(s.name + QStringLiteral(".png")));
        }
        runSteps(w, dir, steps, i + 1, done);
    });
}

qint64 topEntity(MainWindow *w, int type)
{
    EntityModel *m = w->entityPanel()->model();
    qint64 best = 0;
    int most = -1;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, EntityModel::ArticlesColumn);
        if ((type < 0 || i.data(EntityModel::TypeRole).toInt() == type) && i.data(EntityModel::SortRole).toInt() > most) {
            most = i.data(EntityModel::SortRole).toInt();
            best = i.data(EntityModel::IdRole).toLongLong();
        }
    }
    return best;
}

} // namespace

void takeScreenshots(MainWindow *w, const QString &dir, std::function<void()> done)
{
    QDir().mkpath(dir);
    auto steps = std::make_shared<std::vector<Step>>();
    steps->push_back({[] {}, {}});
    steps->push_back({[w] {
        const qint64 first = w->libraryPanel()->neighbour(0, 0);
        w->openArticle(first);
    }, QStringLiteral("reader")});
    steps->push_back({[w] {
        w->openEntity(topEntity(w, 2)); // an initiative
        w->dock(QStringLiteral("graph"))->raise();
    }, QStringLiteral("entity-graph")});
    steps->push_back({[w] {
        w->openEntity(topEntity(w, 0));
        w->dock(QStringLiteral("timeline"))->raise();
        w->dock(QStringLiteral("entities"))->raise();
    }, QStringLiteral("entities-timeline")});
    steps->push_back({[w] {
        w->dock(QStringLiteral("annotations"))->raise();
        w->dock(QStringLiteral("library"))->raise();
        w->reader()->setShowNoise(true);
    }, QStringLiteral("annotations-noise")});
    steps->push_back({[w] {
        w->reader()->setShowNoise(false);
        w->searchPopup()->popup();
        w->searchPopup()->queryEdit()->setText(QStringLiteral("반도체"));
    }, QStringLiteral("search"), true});
    runSteps(w, dir, steps, 0, std::move(done));
}

} // namespace sillok::gui
