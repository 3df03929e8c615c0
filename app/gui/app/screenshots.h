#pragma once
// The hidden --screenshot DIR mode: walks the main views once the data has loaded, saves each
// as a PNG with QWidget::grab(), then calls `done`. Used for docs/screenshots and visual checks.
// So that the annotation views are not empty, it first adds one demo highlight (with a note,
// linked to an entity as evidence) to the first article when the database has no annotation
// yet: run it on a throwaway database. File names get `suffix` ("-ko" for the Korean UI).

#include <QSize>
#include <QString>

#include <functional>

namespace sillok::gui {

class LibraryService;
class MainWindow;

// The size of the window in every screenshot (the user guide's pictures are taken at it).
inline constexpr QSize kScreenshotWindowSize{1600, 1000};

void takeScreenshots(MainWindow *window, LibraryService *service, const QString &dir, const QString &suffix,
                     std::function<void()> done);

} // namespace sillok::gui
