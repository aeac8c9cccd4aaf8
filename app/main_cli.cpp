// sourcetrace-cli: batch front end of the SourceTrace core. Subcommands live in app/cli/.
#include "cli/CliCommand.h"

#include "BuildInfo.h"
#include "util/NativeArgs.h"

#include <QCoreApplication>
#include <cstdio>

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

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace st::cli

static void printUsage()
{
    using namespace st::cli;
    out(QStringLiteral("usage: sourcetrace-cli COMMAND [ARGS...]   (sourcetrace-cli COMMAND --help for details)\n"));
    out(QStringLiteral("commands:"));
    for (const auto &[name, cmd] : commandRegistry())
        out(QStringLiteral("  %1  %2").arg(name, -10).arg(cmd.summary));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sourcetrace-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SourceTrace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCETRACE_VERSION));

    // File names that are not UTF-8 still name their files (util/NativeArgs.h).
    QStringList notes;
    QStringList args = st::nativeArguments(argc, argv, &notes).mid(1);
    for (const QString &n : notes)
        st::cli::err(QStringLiteral("sourcetrace-cli: note: %1").arg(n));
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        st::cli::out(QStringLiteral("sourcetrace-cli %1 (commit %2, %3)")
                         .arg(QStringLiteral(SOURCETRACE_VERSION), QStringLiteral(SOURCETRACE_GIT_COMMIT),
                              QStringLiteral(SOURCETRACE_COMPILER)));
        return 0;
    }
    const QString name = args.takeFirst();
    auto &reg = st::cli::commandRegistry();
    auto it = reg.find(name);
    if (it == reg.end()) {
        st::cli::err(QStringLiteral("sourcetrace-cli: unknown command '%1'").arg(name));
        printUsage();
        return 2;
    }
    return it->second.run(args);
}
