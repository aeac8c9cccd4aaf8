#pragma once
// sourcetrace-cli subcommands register themselves here (one file per command in app/cli/), so the
// dispatcher never has to know them. Each command is a thin client of the core API.
#include <QString>
#include <QStringList>
#include <functional>
#include <map>

class QCommandLineParser;

namespace st::cli {

struct CliCommand
{
    QString name;
    QString summary;   ///< one line for `sourcetrace-cli --help`
    /// Runs with the arguments after the command name; returns the process exit code.
    /// 0 = all good, 1 = some inputs failed (others done), 2 = usage error.
    std::function<int(const QStringList &args)> run;
};

std::map<QString, CliCommand> &commandRegistry();

struct CliRegistrar
{
    CliRegistrar(const QString &name, const QString &summary, std::function<int(const QStringList &)> run)
    {
        commandRegistry()[name] = CliCommand{name, summary, std::move(run)};
    }
};

/// Prints to stdout / stderr as UTF-8 with a newline.
void out(const QString &text);
void err(const QString &text);

/// The parser's help with its first line naming "sourcetrace-cli COMMAND" instead of the program's path
/// (QCommandLineParser::helpText() names the path the program was started by).
QString helpText(const QCommandLineParser &p, const QString &command);

} // namespace st::cli
