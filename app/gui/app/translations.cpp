#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sillok::gui {

QString installTranslations(QCoreApplication &app, const QString &directory)
{
    QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (language.isEmpty()) {
        language = QStringLiteral("en");
        for (const QString &ui : QLocale::system().uiLanguages()) {
            const QString code = ui.left(2).toLower();
            if (code == u"ko" || code == u"en") {
                language = code;
                break;
            }
        }
    }
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral("sillok_") + language, directory))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(language));
    return language;
}

} // namespace sillok::gui
