#include "widgets/exchange_actions.h"

#include "export/library_export.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/error_text.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace sillok::gui {

namespace {

using core::ExportFormat;

constexpr ExportFormat kFormats[] = {ExportFormat::GraphMl, ExportFormat::CsvEntities, ExportFormat::CsvFacts,
                                     ExportFormat::Ics, ExportFormat::Annotations};

QString defaultName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::GraphMl: return QStringLiteral("sillok-graph.graphml");
    case ExportFormat::CsvEntities: return QStringLiteral("sillok-entities.csv");
    case ExportFormat::CsvFacts: return QStringLiteral("sillok-facts.csv");
    case ExportFormat::Ics: return QStringLiteral("sillok-meetings.ics");
    case ExportFormat::Annotations: return QStringLiteral("sillok-annotations.jsonld");
    }
    return QStringLiteral("sillok-export");
}

} // namespace

ExchangeActions::ExchangeActions(LibraryService *service, QWidget *window)
    : QObject(window), m_service(service), m_window(window)
{
}

QString ExchangeActions::label(ExportFormat format)
{
    switch (format) {
    case ExportFormat::GraphMl: return tr("&Graph (GraphML)…");
    case ExportFormat::CsvEntities: return tr("&Entities (CSV)…");
    case ExportFormat::CsvFacts: return tr("&Facts (CSV)…");
    case ExportFormat::Ics: return tr("&Meetings (iCalendar)…");
    case ExportFormat::Annotations: return tr("&Annotations (W3C JSON-LD)…");
    }
    return {};
}

QString ExchangeActions::fileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::GraphMl: return tr("GraphML files (*.graphml)");
    case ExportFormat::CsvEntities:
    case ExportFormat::CsvFacts: return tr("CSV files (*.csv)");
    case ExportFormat::Ics: return tr("iCalendar files (*.ics)");
    case ExportFormat::Annotations: return tr("W3C Web Annotations (*.jsonld *.json)");
    }
    return {};
}

void ExchangeActions::addTo(QMenu *file)
{
    QMenu *exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    for (ExportFormat format : kFormats) {
        QAction *a = exports->addAction(label(format), this, [this, format] { askExport(format); });
        a->setObjectName(QStringLiteral("export-") + QString::fromLatin1(core::exportFormatName(format)));
    }
    QAction *import = file->addAction(tr("Import &annotations…"), this, &ExchangeActions::askImportAnnotations);
    import->setObjectName(QStringLiteral("importAnnotations"));
}

void ExchangeActions::askExport(ExportFormat format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), QDir(dir).filePath(defaultName(format)),
                                                      fileFilter(format));
    if (!path.isEmpty())
        exportTo(format, path);
}

void ExchangeActions::exportTo(ExportFormat format, const QString &path)
{
    const std::string target = QFile::encodeName(path).toStdString();
    emit statusMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_service->run(this, [format, target](core::Library &lib) -> core::Status {
        auto text = core::renderExport(lib, format, core::ExportOptions{format == ExportFormat::CsvEntities
                                                                        || format == ExportFormat::CsvFacts});
        if (!text)
            return std::unexpected(text.error());
        return core::writeFileAtomically(target, *text);
    }, [this, path](core::Status written) {
        const QString shown = QDir::toNativeSeparators(path);
        if (!written) {
            const QString error = tr("Could not export: %1").arg(Display::error(written.error()));
            emit statusMessage(error);
            if (m_interactive)
                openErrorBox(m_window, tr("Export"), error, Display::errorDetail(written.error()));
            emit exportFinished(path, error);
            return;
        }
        emit statusMessage(tr("Exported to %1.").arg(shown));
        emit exportFinished(path, QString());
    });
}

void ExchangeActions::askImportAnnotations()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import annotations"), {},
                                                      fileFilter(ExportFormat::Annotations) + QStringLiteral(";;")
                                                          + tr("All files (*)"));
    if (!path.isEmpty())
        importAnnotationsFrom(path);
}

void ExchangeActions::importAnnotationsFrom(const QString &path)
{
    m_service->run(this, [path](core::Library &lib) -> core::Result<core::AnnotationImportReport> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return core::fail(core::ErrorCode::Io, "cannot read", path.toStdString());
        const QByteArray bytes = file.readAll();
        auto report = core::importWebAnnotations(lib, std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!report && report.error().path.empty())
            report.error().path = path.toStdString();
        return report;
    }, [this, path](core::Result<core::AnnotationImportReport> r) {
        AnnotationImportOutcome outcome;
        if (!r) {
            const QString error = tr("Could not import annotations: %1").arg(Display::error(r.error()));
            emit statusMessage(error);
            if (m_interactive)
                openErrorBox(m_window, tr("Import annotations"), error, Display::errorDetail(r.error()));
            emit annotationsImported(path, outcome, error);
            return;
        }
        outcome.added = r->added;
        outcome.updated = r->updated;
        outcome.unchanged = r->unchanged;
        outcome.orphaned = r->orphaned;
        for (const std::string &e : r->errors)
            outcome.errors << toQ(e);
        const QString summary = tr("Annotations: %1 added, %2 updated, %3 unchanged, %4 orphaned, %5 not imported.")
                                    .arg(outcome.added).arg(outcome.updated).arg(outcome.unchanged)
                                    .arg(outcome.orphaned).arg(outcome.errors.size());
        emit statusMessage(summary);
        if (outcome.added + outcome.updated > 0)
            m_service->notifyChanged(LibraryService::Annotations | LibraryService::Articles);
        if (m_interactive && !outcome.errors.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import annotations"), summary, QMessageBox::Ok, m_window);
            box->setInformativeText(tr("Some annotations could not be imported; see the details."));
            box->setDetailedText(outcome.errors.join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit annotationsImported(path, outcome, QString());
    });
}

} // namespace sillok::gui
