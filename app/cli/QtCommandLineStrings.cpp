// Qt's QCommandLineParser prints these texts in every `sourcetrace-cli COMMAND --help` and in its parse errors. They
// are listed here (never used in code) so that lupdate puts them into SourceTrace's own .ts files under Qt's context
// "QCommandLineParser": the CLI's help is then translated even where Qt's translations (Debian's
// qt6-translations-l10n) are not installed. They must match Qt's source texts exactly (Qt 6.4, qcommandlineparser.cpp).
#include <QtGlobal>

namespace {

[[maybe_unused]] const char *const kQtCommandLineParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace
