// sourcetrace-cli: batch front end of the SourceTrace core. Subcommands live in app/cli/.
#include "cli/CliCommand.h"

#include "BuildInfo.h"
#include "util/Memory.h"
#include "util/NativeArgs.h"
#include "util/Translations.h"

#include "jobs/ConsoleProgress.h"
#include "models/VersionInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <clocale>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace st::cli {

std::map<QString, CliCommand> &commandRegistry()
{
    static std::map<QString, CliCommand> registry;
    return registry;
}

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

namespace {

/// Lines that libraries print on file descriptor 2 by themselves (libmpg123's "Note: Trying to
/// resync...", LibTorch's warnings) get the documented prefix, so that every stderr line of
/// sourcetrace-cli says who speaks: fd 2 becomes a pipe read by a thread that prefixes each line,
/// while SourceTrace's own messages and progress bars go to the real stderr directly.
class ForeignStderr
{
public:
    void start()
    {
        int fds[2];
        m_real = ::dup(2);
        if (m_real < 0 || ::pipe2(fds, O_CLOEXEC) != 0)
            return;
        m_realFile = ::fdopen(m_real, "w");
        if (!m_realFile || ::dup2(fds[1], 2) < 0) {
            ::close(fds[0]);
            ::close(fds[1]);
            return;
        }
        ::close(fds[1]);
        m_read = fds[0];
        st::ConsoleProgress::setDefaultStream(m_realFile);
        m_thread = std::thread([this] {
            static const char prefix[] = "sourcetrace-cli: library message: ";
            char buf[4096];
            bool lineStart = true;
            for (;;) {
                const ssize_t n = ::read(m_read, buf, sizeof buf);
                if (n <= 0)
                    break;
                std::fflush(m_realFile);
                for (ssize_t i = 0; i < n;) {
                    if (lineStart && buf[i] != '\n' && (::write(m_real, prefix, sizeof prefix - 1) < 0))
                        return;
                    ssize_t j = i;
                    while (j < n && buf[j] != '\n')
                        ++j;
                    const ssize_t end = j < n ? j + 1 : n;
                    if (::write(m_real, buf + i, size_t(end - i)) < 0)
                        return;
                    lineStart = j < n;
                    i = end;
                }
            }
        });
    }

    FILE *stream() const { return m_realFile ? m_realFile : stderr; }

    ~ForeignStderr()
    {
        if (m_read < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_real, 2); // closes the pipe's last write end: the reader sees the end
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_read);
        st::ConsoleProgress::setDefaultStream(nullptr);
    }

private:
    int m_real = -1;
    int m_read = -1;
    FILE *m_realFile = nullptr;
    std::thread m_thread;
};

ForeignStderr &foreignStderr()
{
    static ForeignStderr f;
    return f;
}

} // namespace

void err(const QString &text)
{
    FILE *e = foreignStderr().stream();
    std::fputs(text.toUtf8().constData(), e);
    std::fputc('\n', e);
    std::fflush(e);
}

QString helpText(const QCommandLineParser &p, const QString &command)
{
    // QCommandLineParser puts QCoreApplication::arguments().first() into its (translated) "Usage: %1" line.
    QString text = p.helpText();
    const QString exe = QCoreApplication::arguments().value(0);
    const int at = exe.isEmpty() ? -1 : text.indexOf(exe);
    if (at >= 0)
        text.replace(at, exe.size(), QStringLiteral("sourcetrace-cli ") + command);
    return text;
}

} // namespace st::cli

static void printUsage()
{
    using namespace st::cli;
    out(QCoreApplication::translate("CliMain", "usage: sourcetrace-cli [--lang LANG] COMMAND [ARGS...]   (sourcetrace-cli COMMAND --help for details)\n"));
    out(QCoreApplication::translate("CliMain", "commands:"));
    // The summaries are registered before main() runs, as QT_TRANSLATE_NOOP("CliCommands", ...): translated here.
    for (const auto &[name, cmd] : commandRegistry())
        out(QStringLiteral("  %1  %2").arg(name, -10).arg(QCoreApplication::translate("CliCommands", cmd.summary.toUtf8().constData())));
    out(QString());
    out(QCoreApplication::translate("CliMain",
                                    "--lang LANG: the language of the messages (%1, or en for English); default: the system's\n"
                                    "(LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Results (TSV, CSV, JSON, files) are the same in every language.")
            .arg(st::availableTranslations().join(QStringLiteral(", "))));
}

/// Removes `--lang L` / `--lang=L` (anywhere before a `--`) from args; the last one given wins. False when
/// `--lang` has no value.
static bool takeLangOption(QStringList &args, QString &lang)
{
    for (int i = 0; i < args.size();) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang")) {
            if (i + 1 >= args.size())
                return false;
            lang = args.at(i + 1);
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            lang = a.mid(7);
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    return true;
}

int main(int argc, char **argv)
{
    st::useOneMallocArena(); // before any thread (util/Memory.h)
    st::cli::foreignStderr().start();
    // The command and its first argument, `--lang L` skipped (it may come first: sourcetrace-cli --lang de case report).
    std::vector<char *> plainArgv;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            ++i;
        else if (qstrncmp(argv[i], "--lang=", 7) != 0)
            plainArgv.push_back(argv[i]);
    }
    // `case report` renders a PDF (fonts, images): it needs a QGuiApplication, which needs a platform plugin; without
    // a display it uses the offscreen one. Every other command stays on QCoreApplication.
    // `artefacts` draws text in its PNG plots: fonts too.
    // `explain --protocol` draws text in its summary plots: fonts too.
    const size_t plainArgc = plainArgv.size();
    bool explainCorpus = false;
    // `merge explain ...` draws the same plots as `explain --protocol ...`.
    const size_t explainAt = plainArgc > 1 && qstrcmp(plainArgv[0], "merge") == 0 ? 1 : 0;
    for (size_t i = explainAt + 1; plainArgc > explainAt && qstrcmp(plainArgv[explainAt], "explain") == 0 && i < plainArgc; ++i)
        explainCorpus = explainCorpus || qstrcmp(plainArgv[i], "--protocol") == 0 || qstrncmp(plainArgv[i], "--protocol=", 11) == 0;
    const bool needsGui = explainCorpus || (plainArgc > 1 && qstrcmp(plainArgv[0], "case") == 0 && qstrcmp(plainArgv[1], "report") == 0)
        || (plainArgc > 0 && qstrcmp(plainArgv[0], "artefacts") == 0);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("sourcetrace-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SourceTrace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCETRACE_VERSION));

    // File names that are not UTF-8 still name their files (util/NativeArgs.h).
    QStringList notes;
    QStringList args = st::nativeArguments(argc, argv, &notes).mid(1);

    // Messages in the language of --lang L, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); see
    // docs/translations.md. Everything a script reads stays in the C locale whatever the language: numbers are
    // formatted with QString::number / arg (C), QLocale's default is C, and the C library's LC_NUMERIC (set from the
    // environment by QCoreApplication) goes back to "C" for printf/strtod in the core and its libraries.
    QString lang;
    const bool langOk = takeLangOption(args, lang);
    const QString installed = st::installTranslations(*appHolder, langOk ? lang : QString());
    QLocale::setDefault(QLocale::c());
    std::setlocale(LC_NUMERIC, "C");
    if (!langOk) {
        st::cli::err(QStringLiteral("sourcetrace-cli: ") + QCoreApplication::translate("CliMain", "--lang needs a language (%1, or en)")
                                                             .arg(st::availableTranslations().join(QStringLiteral(", "))));
        return 2;
    }
    if (installed.isEmpty())
        st::cli::err(QStringLiteral("sourcetrace-cli: ")
                     + QCoreApplication::translate("CliMain", "no translation into '%1' (there are: %2); the messages stay in English")
                           .arg(lang, st::availableTranslations().join(QStringLiteral(", "))));
    for (const QString &n : notes)
        st::cli::err(QStringLiteral("sourcetrace-cli: ") + QCoreApplication::translate("CliMain", "note: %1").arg(n));
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        // Version, build date and type, commit, and the default model it would use (models/VersionInfo.h).
        st::cli::out(st::versionText(QStringLiteral("sourcetrace-cli")));
        return 0;
    }
    const QString name = args.takeFirst();
    auto &reg = st::cli::commandRegistry();
    auto it = reg.find(name);
    if (it == reg.end()) {
        st::cli::err(QStringLiteral("sourcetrace-cli: ") + QCoreApplication::translate("CliMain", "unknown command '%1'").arg(name));
        printUsage();
        return 2;
    }
    return it->second.run(args);
}
