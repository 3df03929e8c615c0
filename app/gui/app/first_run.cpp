#include "app/first_run.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace sillok::gui {

namespace {
const QString kRoot = QStringLiteral(":/corpus");
}

int sampleCorpusFileCount()
{
    int n = 0;
    QDirIterator it(kRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QString extractSampleCorpus(const QTemporaryDir &dir)
{
    if (!dir.isValid())
        return {};
    const QString target = QDir(dir.path()).filePath(QStringLiteral("corpus"));
    int copied = 0;
    QDirIterator it(kRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(kRoot.size() + 1);
        const QString out = QDir(target).filePath(relative);
        QDir().mkpath(QFileInfo(out).absolutePath());
        if (QFile::copy(source, out)) {
            QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner);
            ++copied;
        }
    }
    return copied ? target : QString();
}

} // namespace sillok::gui
