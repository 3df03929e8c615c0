#pragma once
// The UI language: QSettings "ui/language" ("ko", "en"; "" = the system's preferred languages),
// falling back to English. Installs Sillok's own catalogue (sillok_<language>.qm from `directory`:
// share/sillok/translations, or the build folder for a build; see app/common/data_paths.h) and
// Qt's qtbase_* for standard dialogs.

#include <QString>

class QCoreApplication;

namespace sillok::gui {

// Returns the language actually used ("ko" or "en").
QString installTranslations(QCoreApplication &app, const QString &directory);

} // namespace sillok::gui
