#pragma once
// Showing a core error in a widget: the translated sentence (Display::error) where the user
// looks, the core's technical detail (English) only on demand — a tooltip, or a message box's
// "Show Details…". Every widget that shows a core error goes through these or Display.

#include "common/result.h"

#include <QString>

class QLabel;
class QWidget;

namespace sillok::gui {

// Sets `label`'s text to the error's sentence and its tooltip to the detail.
void setErrorText(QLabel *label, const core::Error &error);
// Clears the tooltip setErrorText() left (call when the label shows something else).
void clearErrorText(QLabel *label);
// A window-modal warning with `detail` behind "Show Details…" (none when empty). Does not block:
// the box deletes itself when closed. Returns it (for tests).
QWidget *openErrorBox(QWidget *parent, const QString &title, const QString &message, const QString &detail);

} // namespace sillok::gui
