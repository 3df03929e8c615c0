// gui_test: runs the model and workflow suites on the offscreen platform, with
// QStandardPaths in test mode so nothing touches the user's settings or database.

#include <QApplication>
#include <QStandardPaths>

int runModelTests(int argc, char **argv);
int runWorkflowTests(int argc, char **argv);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SillokTest"));
    QApplication::setApplicationName(QStringLiteral("sillok-gui-test"));
    int failures = runModelTests(argc, argv);
    failures += runWorkflowTests(argc, argv);
    return failures;
}
