// sillok: builds the application — options, translations, the database service, the main
// window, and the first-run import of the bundled sample corpus.

#include "allocator.h"
#include "app/app_options.h"
#include "app/database_check.h"
#include "app/first_run.h"
#include "app/screenshots.h"
#include "app/translations.h"
#include "data_paths.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/import_dialog.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

int main(int argc, char **argv)
{
    sillok::app::returnFreedMemoryPromptly(); // the views' bursts (an import's own: below)
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sillok"));
    QApplication::setApplicationName(QStringLiteral("sillok"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sillok"));
    QApplication::setApplicationVersion(QStringLiteral(SILLOK_VERSION));
    // The desktop entry (and so the icon) the window belongs to, on Wayland and X11 alike; the icon
    // of the theme when installed, else the one built in (a run from the build tree).
    QGuiApplication::setDesktopFileName(QStringLiteral(SILLOK_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(SILLOK_APP_ID), QIcon(QStringLiteral(":/icons/sillok.svg"))));
    // Screenshot runs keep their settings (window layout, last article) to themselves, so the
    // shots are the same on every machine and the user's settings are untouched.
    std::unique_ptr<QTemporaryDir> screenshotSettings;
    const QStringList args = QApplication::arguments();
    if (std::any_of(args.begin(), args.end(), [](const QString &a) { return a.startsWith(QStringLiteral("--screenshot")); })) {
        screenshotSettings = std::make_unique<QTemporaryDir>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings->path());
    }
    // The dictionaries, translations and sample corpus: share/sillok next to the installed program,
    // or the source and build trees for a build (app/common/data_paths.h).
    const auto &data = sillok::app::applicationData();
    const QString language = sillok::gui::installTranslations(
        app, data ? QString::fromStdString((*data)->paths.translations.string()) : QString());
    if (!data) {
        // The core's detail (English, with the paths it looked in) only on demand, under the
        // translated message.
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Sillok cannot start"),
                        QCoreApplication::translate("main", "Sillok's data files (dictionaries and sample articles) "
                                                            "were not found. Reinstall Sillok."));
        box.setDetailedText(QString::fromStdString(data.error().detail));
        box.exec();
        return 1;
    }
    const sillok::app::LoadedData &loaded = **data;
    const sillok::gui::AppOptions options = sillok::gui::parseOptions(QApplication::arguments());

    QString databasePath = options.databasePath;
    bool firstRun = !QFileInfo::exists(databasePath);
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    if (!firstRun && options.screenshotDir.isEmpty()) {
        // A library that cannot be opened is explained before the window, not as errors in it. An
        // upgrade of it runs here, said while it runs.
        auto upgrading = sillok::gui::showUpgradeNotice(databasePath);
        const auto problem = sillok::gui::databaseProblem(databasePath);
        upgrading.reset();
        if (!problem.isEmpty()) {
            const sillok::gui::DatabaseChoice choice = sillok::gui::chooseUsableDatabase(databasePath, problem);
            if (choice.path.isEmpty())
                return 0;
            databasePath = choice.path;
            firstRun = choice.fresh;
        }
    }
    sillok::core::LibraryOptions libraryOptions;
    libraryOptions.context = &loaded.context;
    libraryOptions.writerCacheMb = sillok::gui::kGuiWriterCacheMb;
    sillok::gui::LibraryService service(databasePath, libraryOptions);
    service.setBulkWorkHook(sillok::app::keepFreedMemoryForBulkWork); // an import's throughput, as in the CLI
    sillok::gui::MainWindow window(&service);
    if (!options.screenshotDir.isEmpty()) {
        // The documented window size, on any screen and with or without a window manager (a
        // maximized window has the screen's size, and none under a bare X server).
        window.setWindowState(Qt::WindowNoState);
        window.resize(sillok::gui::kScreenshotWindowSize);
    }
    window.show();

    auto afterImport = [&] {
        if (!options.screenshotDir.isEmpty())
            sillok::gui::takeScreenshots(&window, &service, options.screenshotDir,
                                         language == u"en" ? QString() : u'-' + language, [] { QApplication::quit(); });
    };
    // Files given on the command line (the desktop's "Open with Sillok") are imported after the
    // first-run import, so the two never run at once.
    auto importGiven = [&window, paths = options.importPaths] {
        if (!paths.isEmpty())
            window.importPaths(paths);
    };
    // The sample corpus is imported where it is installed, never copied: its articles keep
    // pointing at files that exist.
    const QString corpus = QString::fromStdString(loaded.paths.corpus.string());
    if (firstRun && sillok::gui::sampleCorpusFileCount(corpus) > 0) {
        sillok::gui::ImportDialog *dialog = window.importPaths({corpus});
        dialog->setWindowTitle(QCoreApplication::translate("main", "Importing the sample articles"));
        QObject::connect(dialog, &sillok::gui::ImportDialog::importFinished, &window,
                         [dialog, afterImport, importGiven] {
                             dialog->close();
                             afterImport();
                             importGiven();
                         });
    } else {
        afterImport();
        importGiven();
    }
    return app.exec();
}
