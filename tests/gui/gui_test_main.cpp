// gui_test: runs the model, workflow, exchange, window, service and flow suites on the offscreen platform,
// with QStandardPaths in test mode and QSettings in a temporary folder, so nothing touches the
// user's settings or database.

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int runModelTests(int argc, char **argv);
int runWorkflowTests(int argc, char **argv);
int runExchangeTests(int argc, char **argv);
int runWindowTests(int argc, char **argv);
int runServiceTests(int argc, char **argv);
int runReviewTests(int argc, char **argv);
int runFlowTests(int argc, char **argv);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SillokTest"));
    QApplication::setApplicationName(QStringLiteral("sillok-gui-test"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // SILLOK_GUI_SUITES=Exchange,Window runs only those suites (test function names then apply).
    const QStringList only = qEnvironmentVariable("SILLOK_GUI_SUITES").split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&](const char *suite) { return only.isEmpty() || only.contains(QLatin1String(suite)); };
    int failures = 0;
    if (wanted("Model"))
        failures += runModelTests(argc, argv);
    if (wanted("Workflow"))
        failures += runWorkflowTests(argc, argv);
    if (wanted("Exchange"))
        failures += runExchangeTests(argc, argv);
    if (wanted("Window"))
        failures += runWindowTests(argc, argv);
    if (wanted("Service"))
        failures += runServiceTests(argc, argv);
    if (wanted("Review"))
        failures += runReviewTests(argc, argv);
    if (wanted("Flow"))
        failures += runFlowTests(argc, argv);
    return failures;
}
