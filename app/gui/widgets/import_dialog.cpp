#include "widgets/import_dialog.h"

#include "progress_rate.h"
#include "services/import_job.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sillok::gui {

ImportDialog::ImportDialog(LibraryService *service, const QStringList &paths, QWidget *parent, Mode mode)
    : QDialog(parent),
      m_job(new ImportJob(service, paths, this,
                          mode == Mode::Reextract ? ImportJob::Mode::Reextract : ImportJob::Mode::Import)),
      m_bar(new QProgressBar(this)), m_current(new QLabel(this)), m_counts(new QLabel(this)),
      m_errors(new QListWidget(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    m_mode = mode;
    setWindowTitle(mode == Mode::Reextract ? tr("Re-extracting the library") : tr("Importing"));
    setModal(false);
    m_bar->setRange(0, 0);
    m_current->setText(mode == Mode::Reextract ? tr("Reading the library…") : tr("Looking for files…"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText);
    m_errors->hide();
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_finished) {
            close();
        } else {
            m_job->cancel();
            m_current->setText(tr("Cancelling after the current file…"));
        }
    });
    connect(m_job, &ImportJob::progress, this, &ImportDialog::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_current);
    layout->addWidget(m_counts);
    layout->addWidget(m_errors, 1);
    layout->addStretch(); // keeps the lines together while there is no failure list
    layout->addWidget(m_buttons);
    resize(520, 180);
}

void ImportDialog::start()
{
    m_clock.start();
    m_job->start();
}

QString ImportDialog::countsText(int done, int total, double seconds)
{
    QString text = tr("%1 of %2 files").arg(done).arg(total);
    if (done <= 0 || seconds <= 0.0 || !app::rateSettled(done, total, seconds))
        return text;
    const double rate = done / seconds;
    text += QStringLiteral(" · ") + tr("%1 articles/s").arg(rate, 0, 'f', rate < 10 ? 1 : 0);
    if (done < total) {
        const int left = int((total - done) / rate + 0.5);
        const QString when = left < 60     ? tr("%n s", nullptr, std::max(1, left))
                             : left < 3600 ? tr("%n min", nullptr, (left + 30) / 60)
                                           : tr("%1 h %2 min").arg(left / 3600).arg((left % 3600) / 60);
        text += QStringLiteral(" · ") + tr("about %1 left").arg(when);
    }
    return text;
}

void ImportDialog::onProgress(int done, int total, const QString &path, const QString &message, const QString &detail)
{
    // A progress signal comes for every file, 500 a second or more: the bar and the two lines
    // change at most ten times a second (and for the last file and every failure), since each
    // change lays out and shapes the wrapped line again on the GUI thread, which shares the cores
    // with the import (a tenth of a 20k import's CPU went there).
    constexpr qint64 kShownEveryMs = 100;
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_shownAt < 0 || now - m_shownAt >= kShownEveryMs || done >= total || !message.isEmpty()) {
        m_shownAt = now;
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        m_current->setText(QFileInfo(path).fileName());
        m_counts->setText(countsText(done, total, now / 1000.0));
    }
    if (!message.isEmpty()) {
        ++m_failed;
        addFailure(path, message, detail);
    }
}

void ImportDialog::addFailure(const QString &path, const QString &message, const QString &detail)
{
    m_listed.insert(path);
    auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral(": ") + message, m_errors);
    // The core's reason is English and technical: there on demand, with the full path.
    QString tip = QDir::toNativeSeparators(path);
    if (!detail.isEmpty())
        tip += u'\n' + tr("Details: %1").arg(detail);
    item->setToolTip(tip);
    item->setData(DetailRole, detail);
    if (m_errors->isHidden()) {
        m_errors->show();
        resize(width(), 360);
    }
}

void ImportDialog::onFinished()
{
    m_finished = true;
    const ImportOutcome &o = m_job->outcome();
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    const int stored = o.imported + o.updated + o.unchanged;
    if (o.libraryError) {
        // One message for the library, not one per remaining file.
        m_current->setStyleSheet(QStringLiteral("color:#9a3412"));
        m_current->setText(
            (m_mode == Mode::Reextract
                 ? tr("The library could not be written, so the re-extraction stopped: %1 The library is intact "
                      "and keeps what it had. Free some space (or make the file writable) and re-extract again.")
                       .arg(o.error)
                 : tr("The library could not be written, so the import stopped: %1 %n file(s) were imported and are "
                      "safe; the library is intact. Import the same files again to import the other %2.",
                      nullptr, stored)
                       .arg(o.error)
                       .arg(o.notImported)));
        if (!o.errorDetail.isEmpty())
            m_current->setToolTip(tr("Details: %1").arg(o.errorDetail));
    } else if (!o.error.isEmpty()) {
        m_current->setText(tr("The import could not run: %1").arg(o.error));
        if (!o.errorDetail.isEmpty())
            m_current->setToolTip(tr("Details: %1").arg(o.errorDetail));
    } else {
        QString summary = tr("%1 new, %2 updated, %3 unchanged, %4 failed.")
                              .arg(o.imported).arg(o.updated).arg(o.unchanged).arg(o.failures.size());
        if (m_mode == Mode::Reextract)
            summary =
                tr("%n article(s) re-extracted, %1 failed.", nullptr, o.updated + o.imported).arg(o.failures.size());
        if (o.cancelled)
            summary = (m_mode == Mode::Reextract ? tr("Cancelled: re-extract again to finish.")
                                                 : tr("Cancelled: import the same files again to resume."))
                      + u' ' + summary;
        m_current->setText(summary);
        // Paths that were not found or could not be listed come only with the outcome.
        for (const ImportFileFailure &f : o.failures) {
            if (!m_listed.contains(f.path))
                addFailure(f.path, f.message, f.detail);
        }
    }
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    emit importFinished();
}

} // namespace sillok::gui
