#include "widgets/annotation_dialog.h"

#include "models/entity_name_model.h"
#include "services/display.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sillok::gui {

AnnotationDialog::AnnotationDialog(const QString &quote, QWidget *parent)
    : QDialog(parent), m_color(new QComboBox(this)), m_note(new QPlainTextEdit(this)), m_tags(new QLineEdit(this)),
      m_entity(new QLineEdit(this)), m_entityHint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
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
    // The keyboard starts in the note, what a person types first (it started on the colour box,
    // where typing a space opened its list), and Tab leaves the note for the tags instead of
    // typing a tab into it.
    m_note->setTabChangesFocus(true);
    form->addRow(tr("Note:"), m_note);
    m_tags->setPlaceholderText(tr("comma-separated, e.g. budget, follow-up"));
    form->addRow(tr("Tags:"), m_tags);
    m_entity->setPlaceholderText(tr("an organisation, person, initiative or meeting (optional)"));
    m_entity->setClearButtonEnabled(true);
    m_entity->setToolTip(tr("Link this highlight to an entity as evidence; it is listed on the entity's page."));
    form->addRow(tr("Evidence for:"), m_entity);
    m_entityHint->setStyleSheet(QStringLiteral("color:#9a3412"));
    m_entityHint->hide();
    form->addRow(QString(), m_entityHint);
    connect(m_entity, &QLineEdit::textChanged, this, &AnnotationDialog::validateEntity);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    resize(460, 300);
    m_note->setFocus();
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

void AnnotationDialog::setEntityModel(EntityNameModel *entities)
{
    if (m_entities)
        disconnect(m_entities, nullptr, this, nullptr);
    m_entities = entities;
    delete m_completer;
    m_completer = nullptr;
    if (!entities)
        return;
    // Every name and alias completes, wherever the typed text occurs in it ("리" → 리벨리온,
    // "Rebel" → Rebellions — 리벨리온); the popup says which entity an alias stands for. The
    // model holds only the library's answer for what was typed, already matched: the completer
    // shows it as it is.
    m_completer = new QCompleter(entities, this);
    m_completer->setCompletionColumn(0);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_entity);
    // Driven here rather than by QLineEdit::setCompleter: the line edit completes only on
    // textEdited, which an input method's committed syllables do not always send.
    // Asked whoever set the text (a paste, a test), so OK follows; the popup only with focus.
    connect(m_entity, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_settingText)
            return;
        if (text.trimmed().isEmpty())
            m_completer->popup()->hide();
        m_entities->match(text);
    });
    connect(entities, &EntityNameModel::matched, this, [this] {
        const QString typed = m_entity->text().trimmed();
        if (m_completer && m_entity->hasFocus() && !m_settingText && m_entities->matchedText() == typed) {
            if (m_entities->rowCount() > 0 && !typed.isEmpty())
                m_completer->complete();
            else
                m_completer->popup()->hide();
        }
        validateEntity();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &i) {
        m_chosenUid = i.data(EntityNameModel::UidRole).toString();
        m_chosenName = i.data(Qt::EditRole).toString();
        m_settingText = true;
        m_entity->setText(m_chosenName);
        m_settingText = false;
        validateEntity();
    });
    validateEntity();
}

void AnnotationDialog::setEntityUid(const QString &uid)
{
    m_chosenUid = m_unknownUid = QString();
    if (uid.isEmpty()) {
        m_entity->clear();
        return;
    }
    m_settingText = true;
    if (const QString name = m_entities ? m_entities->nameOfUid(uid) : QString(); !name.isEmpty()) {
        m_chosenUid = uid;
        m_chosenName = name;
        m_entity->setText(name);
    } else {
        m_unknownUid = uid;
        m_entity->setText(uid);
    }
    m_settingText = false;
    validateEntity();
}

QString AnnotationDialog::resolveEntity(const QString &text) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return {};
    if (!m_chosenUid.isEmpty() && typed == m_chosenName)
        return m_chosenUid;
    if (!m_unknownUid.isEmpty() && typed == m_unknownUid)
        return m_unknownUid;
    return m_entities ? m_entities->uidOf(typed) : QString();
}

QString AnnotationDialog::entityUid() const { return resolveEntity(m_entity->text()); }

bool AnnotationDialog::editRecord(core::AnnotationRecord &record, EntityNameModel *entities, QWidget *parent)
{
    AnnotationDialog dialog(toQ(record.exact), parent);
    dialog.setEntityModel(entities);
    dialog.setColor(toQ(record.color));
    dialog.setNote(toQ(record.note));
    dialog.setTags(toQList(record.tags));
    dialog.setEntityUid(toQ(record.entityUid));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    record.color = toStd(dialog.color());
    record.note = toStd(dialog.note());
    record.tags.clear();
    for (const QString &t : dialog.tags())
        record.tags.push_back(toStd(t));
    record.entityUid = toStd(dialog.entityUid());
    return true;
}

void AnnotationDialog::validateEntity()
{
    const QString typed = m_entity->text().trimmed();
    const bool unknown = !typed.isEmpty() && entityUid().isEmpty();
    // While the library is still asked about what was typed, OK waits without saying why.
    const bool asking = unknown && m_entities && m_entities->matchedText() != typed;
    m_entityHint->setText(tr("No entity has this name or alias: choose one from the list, or clear the field."));
    m_entityHint->setVisible(unknown && !asking);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!unknown);
}

} // namespace sillok::gui
