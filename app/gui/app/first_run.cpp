#include "app/first_run.h"

#include <QDir>
#include <QDirIterator>

namespace sillok::gui {

int sampleCorpusFileCount(const QString &folder)
{
    if (folder.isEmpty())
        return 0;
    int n = 0;
    QDirIterator it(folder, {QStringLiteral("*.txt"), QStringLiteral("*.html"), QStringLiteral("*.htm")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace sillok::gui
