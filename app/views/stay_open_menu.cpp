#include "stay_open_menu.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace sillok::gui {

void StayOpenMenu::mouseReleaseEvent(QMouseEvent *event)
{
    QAction *action = actionAt(event->position().toPoint());
    if (action && action->isCheckable() && action->isEnabled()) {
        action->trigger(); // toggles; the menu stays open
        event->accept();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void StayOpenMenu::keyPressEvent(QKeyEvent *event)
{
    QAction *action = activeAction();
    if (action && action->isCheckable() && action->isEnabled()
        && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        action->trigger();
        event->accept();
        return;
    }
    QMenu::keyPressEvent(event);
}

} // namespace sillok::gui
