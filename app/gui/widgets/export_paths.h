#pragma once
// Where image and graph exports go: the save dialog opens in the folder of the last export
// (QSettings "export/lastFolder"; the documents folder the first time) and remembers the folder
// chosen, so a series of exports does not start over in the launch folder each time.

#include <QString>

class QWidget;

namespace sillok::gui {

// Asks for a file to save (`fileName` proposed in the last export folder); "" when cancelled.
QString askExportPath(QWidget *parent, const QString &title, const QString &fileName, const QString &filter);
QString lastExportFolder();
// Remembers the folder of `filePath` for the next export dialog.
void rememberExportFolder(const QString &filePath);

} // namespace sillok::gui
