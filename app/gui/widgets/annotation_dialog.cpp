#include "widgets/annotation_dialog.h"

#include "services/display.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>

namespace sillok::gui {

AnnotationDialog::AnnotationDialog(const QString &quote, QWidget *parent)
    : QDialog(parent), m_color(new QComboBox(this)), m_note(new QPlainTextEdit(this)), m_tags(new QLineEdit(this))
{
    setWindowTitle(tr("Highlight"));
    auto *form = new QFormLayout(this);
    auto *quoteLabel = new QLabel(QStringLiteral("“") + quote.simplified() + QStringLiteral("”"), this);
    quoteLabel->setWordWrap(true);
    form->addRow(tr("Text:"), quoteLabel);
    for (const QString &name : Display::annotationColorNames()) {
        QPixmap swatch(14, 14);
        swatch.fill(Display::annotationColor(name));
        m_color->addItem(QIcon(swatch), Display::annotationColorLabel(name), name);
    }
    form->addRow(tr("Colour:"), m_color);
    m_note->setPlaceholderText(tr("Your note (optional)"));
    form->addRow(tr("Note:"), m_note);
    m_tags->setPlaceholderText(tr("comma-separated, e.g. budget, follow-up"));
    form->addRow(tr("Tags:"), m_tags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(420, 260);
}

void AnnotationDialog::setColor(const QString &color)
{
    const int i = m_color->findData(color);
    if (i >= 0)
        m_color->setCurrentIndex(i);
}

void AnnotationDialog::setNote(const QString &note) { m_note->setPlainText(note); }
void AnnotationDialog::setTags(const QStringList &tags) { m_tags->setText(tags.join(QStringLiteral(", "))); }
QString AnnotationDialog::color() const { return m_color->currentData().toString(); }
QString AnnotationDialog::note() const { return m_note->toPlainText().trimmed(); }

QStringList AnnotationDialog::tags() const
{
    QStringList out;
    for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            out << t.trimmed();
    return out;
}

} // namespace sillok::gui
