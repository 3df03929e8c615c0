#include "app/database_check.h"

#include "services/display.h"
#include "store/library.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace sillok::gui {

std::unique_ptr<QWidget> showUpgradeNotice(const QString &path)
{
    if (!core::Library::upgradePending(QFile::encodeName(path).toStdString()))
        return {};
    auto notice = std::make_unique<QLabel>(
        QCoreApplication::translate("main", "Upgrading your library for this version of Sillok…\n"
                                            "This happens once, and may take a while for a large library."));
    notice->setObjectName(QStringLiteral("upgradeNotice"));
    notice->setWindowFlags(Qt::SplashScreen | Qt::WindowStaysOnTopHint);
    notice->setWindowTitle(QCoreApplication::translate("main", "Sillok"));
    notice->setMargin(24);
    notice->setFrameShape(QFrame::Box);
    notice->show();
    notice->repaint();
    QCoreApplication::processEvents(); // shown now: the upgrade that follows holds this thread
    return notice;
}

DatabaseProblem databaseProblem(const QString &path)
{
    auto opened = core::Library::open(QFile::encodeName(path).toStdString());
    if (opened)
        return {};
    return {Display::error(opened.error()), Display::errorDetail(opened.error())};
}

QString setDatabaseAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".unreadable-") + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

DatabaseChoice chooseUsableDatabase(const QString &path, const DatabaseProblem &problem, QWidget *parent)
{
    QString current = path;
    DatabaseProblem why = problem;
    for (;;) {
        QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("main", "Sillok"),
                        QCoreApplication::translate("main", "Sillok cannot open the library %1.")
                            .arg(QDir::toNativeSeparators(current)),
                        QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("databaseProblem"));
        box.setInformativeText(why.message + u'\n' + u'\n'
                               + QCoreApplication::translate("main", "You can set the file aside (it is renamed, not deleted) "
                                                                     "and start a new library, open another library file, "
                                                                     "or quit."));
        QPushButton *fresh = box.addButton(QCoreApplication::translate("main", "Start a new library"), QMessageBox::AcceptRole);
        fresh->setObjectName(QStringLiteral("startNew"));
        QPushButton *other = box.addButton(QCoreApplication::translate("main", "Open another…"), QMessageBox::ActionRole);
        other->setObjectName(QStringLiteral("openOther"));
        QPushButton *quit = box.addButton(QCoreApplication::translate("main", "Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quit"));
        box.setDefaultButton(fresh);
        if (!why.detail.isEmpty())
            box.setDetailedText(why.detail);
        box.exec();
        if (box.clickedButton() == fresh) {
            if (QFileInfo::exists(current) && setDatabaseAside(current).isEmpty()) {
                why = {QCoreApplication::translate("main", "The file could not be renamed; check the folder's permissions."), {}};
                continue;
            }
            return {current, true};
        }
        if (box.clickedButton() == other) {
            const QString chosen = QFileDialog::getOpenFileName(parent, QCoreApplication::translate("main", "Open a library"),
                                                                QFileInfo(current).absolutePath());
            if (chosen.isEmpty())
                continue;
            why = databaseProblem(chosen);
            current = chosen;
            if (why.isEmpty())
                return {current, false};
            continue;
        }
        return {};
    }
}

} // namespace sillok::gui
