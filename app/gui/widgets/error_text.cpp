#include "widgets/error_text.h"

#include "services/display.h"

#include <QLabel>
#include <QMessageBox>

namespace sillok::gui {

void setErrorText(QLabel *label, const core::Error &error)
{
    label->setText(Display::error(error));
    const QString detail = Display::errorDetail(error);
    label->setToolTip(detail.isEmpty() ? QString() : Display::tr("Details: %1").arg(detail));
}

void clearErrorText(QLabel *label)
{
    label->setToolTip(QString());
}

QWidget *openErrorBox(QWidget *parent, const QString &title, const QString &message, const QString &detail)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    if (!detail.isEmpty())
        box->setDetailedText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace sillok::gui
