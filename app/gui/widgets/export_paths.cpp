#include "widgets/export_paths.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace sillok::gui {
namespace {
const QString kKey = QStringLiteral("export/lastFolder");
}

QString lastExportFolder()
{
    const QString saved = QSettings().value(kKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberExportFolder(const QString &filePath)
{
    QSettings().setValue(kKey, QFileInfo(filePath).absolutePath());
}

QString askExportPath(QWidget *parent, const QString &title, const QString &fileName, const QString &filter)
{
    QFileDialog dialog(parent, title, lastExportFolder(), filter);
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QFileInfo(fileName).suffix());
    dialog.selectFile(QDir(lastExportFolder()).filePath(fileName));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    rememberExportFolder(path);
    return path;
}

} // namespace sillok::gui
