#pragma once
// The hidden --screenshot DIR mode: walks the main views once the data has loaded, saves each
// as a PNG with QWidget::grab(), then calls `done`. Used for docs/screenshots and visual checks.

#include <QString>

#include <functional>

namespace sillok::gui {

class MainWindow;

void takeScreenshots(MainWindow *window, const QString &dir, std::function<void()> done);

} // namespace sillok::gui
