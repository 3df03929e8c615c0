// sillok: builds the application — options, translations, the database service, the main
// window, and the first-run import of the bundled sample corpus.

#include "app/app_options.h"
#include "app/database_check.h"
#include "app/first_run.h"
#include "app/screenshots.h"
#include "app/translations.h"
#include "services/library_service.h"
#include "widgets/import_dialog.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sillok"));
    QApplication::setApplicationName(QStringLiteral("sillok"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sillok"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // Screenshot runs keep their settings (window layout, last article) to themselves, so the
    // shots are the same on every machine and the user's settings are untouched.
    std::unique_ptr<QTemporaryDir> screenshotSettings;
    const QStringList args = QApplication::arguments();
    if (std::any_of(args.begin(), args.end(), [](const QString &a) { return a.startsWith(QStringLiteral("--screenshot")); })) {
        screenshotSettings = std::make_unique<QTemporaryDir>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings->path());
    }
    const QString language = sillok::gui::installTranslations(app);
    const sillok::gui::AppOptions options = sillok::gui::parseOptions(QApplication::arguments());

    QString databasePath = options.databasePath;
    bool firstRun = !QFileInfo::exists(databasePath);
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    if (!firstRun && options.screenshotDir.isEmpty()) {
        // A library that cannot be opened is explained before the window, not as errors in it.
        if (const auto problem = sillok::gui::databaseProblem(databasePath); !problem.isEmpty()) {
            const sillok::gui::DatabaseChoice choice = sillok::gui::chooseUsableDatabase(databasePath, problem);
            if (choice.path.isEmpty())
                return 0;
            databasePath = choice.path;
            firstRun = choice.fresh;
        }
    }
    sillok::gui::LibraryService service(databasePath);
    sillok::gui::MainWindow window(&service);
    window.show();

    auto afterImport = [&] {
        if (!options.screenshotDir.isEmpty())
            sillok::gui::takeScreenshots(&window, &service, options.screenshotDir,
                                         language == u"en" ? QString() : u'-' + language, [] { QApplication::quit(); });
    };
    if (firstRun && sillok::gui::sampleCorpusFileCount() > 0) {
        auto temp = std::make_shared<QTemporaryDir>();
        const QString corpus = sillok::gui::extractSampleCorpus(*temp);
        if (!corpus.isEmpty()) {
            sillok::gui::ImportDialog *dialog = window.importPaths({corpus});
            dialog->setWindowTitle(QCoreApplication::translate("main", "Importing the sample articles"));
            QObject::connect(dialog, &sillok::gui::ImportDialog::importFinished, &window, [temp, dialog, afterImport]() mutable {
                temp.reset();
                dialog->close();
                afterImport();
            });
        } else {
            afterImport();
        }
    } else {
        afterImport();
    }
    return app.exec();
}
