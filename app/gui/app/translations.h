#pragma once
// The UI language: QSettings "ui/language" ("ko", "en"; "" = the system's preferred languages),
// falling back to English. Installs Sillok's own catalogue (embedded under :/i18n) and Qt's
// qtbase_* for standard dialogs.

#include <QString>

class QCoreApplication;

namespace sillok::gui {

// Returns the language actually used ("ko" or "en").
QString installTranslations(QCoreApplication &app);

} // namespace sillok::gui
