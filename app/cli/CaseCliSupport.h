#pragma once
// What the `case` subcommands share (CaseCommand.cpp: new, add, verify, log, info, annotate, annotations,
// relocate, save-as; CaseAnalyseCommand.cpp: analyse, results; CaseReportCommand.cpp: report).
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace st::cli {

/// A usage error: printed and exit code 2.
struct UsageError
{
    QString message;
};

/// --user, else $USER, else "unknown".
QString caseUser(const QCommandLineParser &p);

/// Adds --user, the CASE positional and --help, and parses `args` for `sub`; returns false (after printing) for
/// --help or a usage error, with `code` 0 or 2.
bool parseCaseArgs(QCommandLineParser &p, const QString &sub, const QStringList &args, int minPositional,
                   const QString &posHelp, int &code);

int caseAnalyse(const QStringList &args);
int caseResults(const QStringList &args);
/// CaseReportCommand.cpp: the court report (runs under a QGuiApplication, see main_cli.cpp).
int caseReport(const QStringList &args);

} // namespace st::cli
