// sourcetrace-cli case: the examination's case file (core/case, docs/case-files.md): new, add, verify, log, info,
// annotate, annotations, relocate, save-as; analyse and results are in CaseAnalyseCommand.cpp, report in CaseReportCommand.cpp. Reading commands (info, log, annotations without --import,
// verify --log-only) open the case read-only and never change it.
#include "cli/CliCommand.h"
#include "cli/CaseCliSupport.h"

#include "analysis/Provenance.h"
#include "case/AnnotationCsv.h"
#include "case/CanonicalJson.h"
#include "case/CaseFile.h"
#include "quality/QualityThresholds.h"
#include "util/Error.h"
#include "util/TimeFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace st::cli {

QString caseUser(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("user")))
        return p.value(QStringLiteral("user"));
    return Provenance::currentUser();
}

bool parseCaseArgs(QCommandLineParser &p, const QString &sub, const QStringList &args, int minPositional, const QString &posHelp, int &code)
{
    p.addOption({QStringLiteral("user"), QCoreApplication::translate("CaseCommand", "Who does this (default: $USER, else the account)."), QStringLiteral("NAME")});
    p.addPositionalArgument(QStringLiteral("CASE"), QCoreApplication::translate("CaseCommand", "The case file (.stcase)."), posHelp);
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("sourcetrace-cli case ") + sub} + args)) {
        err(QStringLiteral("sourcetrace-cli case %1: %2").arg(sub, p.errorText()));
        code = 2;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(helpText(p, QStringLiteral("case ") + sub));
        code = 0;
        return false;
    }
    if (p.positionalArguments().size() < minPositional) {
        err(QStringLiteral("sourcetrace-cli case %1: ").arg(sub) + QCoreApplication::translate("CaseCommand", "expected %1").arg(posHelp));
        code = 2;
        return false;
    }
    return true;
}

namespace {

const char *kUsage = QT_TRANSLATE_NOOP("CaseCommand",
    "Usage: sourcetrace-cli case COMMAND CASE ...   (COMMAND --help for its options)\n"
    "  new CASE --number N --examiner NAME [--title T] [--notes T]   a new case file (never overwrites)\n"
    "  add CASE AUDIO... [--label L]           take evidence in (SHA-256 of each file, read-only)\n"
    "  verify CASE [--log-only] [--expect-head HASH]   re-hash every item and verify the audit chain and the\n"
    "                                          tables against it; exit 0 only when everything is ok\n"
    "  log CASE [--jsonl OUT [--force]]        the audit log (or its JSON Lines export, for verify_audit_log.py)\n"
    "  info CASE [--json]                      case metadata, items and their states, the audit head\n"
    "  annotate CASE --item ID --start S --end E --cue C [--locality 1..5] [--audible yes|no]\n"
    "           [--low HZ --high HZ] [--text T]  add an annotation (times in seconds or h:mm:ss.mmm)\n"
    "  annotations CASE [--item ID] [--csv OUT [--force]] [--import CSV]   list, export or import annotations\n"
    "  relocate CASE --item ID FILE            point an item at a file with its intake hash (unblocks it)\n"
    "  save-as CASE NEW                        copy the whole case (logged in both)\n"
    "  thresholds CASE [--set FILE | --clear] [--json]   the case's quality thresholds (the quality gate): show\n"
    "                                          them, set them from a JSON file, or go back to the defaults (logged)\n"
    "  analyse CASE [--item ID]... [--model M] [--library L] [--backend B] [--explain [--steps N]] [--json]\n"
    "          [--rerun ANALYSIS]               verify, analyse (quality, detection, tracing, explanation) and store;\n"
    "                                          --rerun repeats a stored analysis with its settings and compares\n"
    "  results CASE [--item ID] [--json]       the stored analyses, shown without recomputing\n"
    "  report CASE OUT [--html] [--item ID]... [--statement TEXT] [--no-verify]   the court report (PDF, or HTML)\n"
    "                                          of the stored analyses; verifies the items first, never overwrites,\n"
    "                                          records the report's SHA-256 and the audit head in the case\n"
    "Every command takes --user NAME (default: $USER, else the account the program runs as): the name every change is signed with.\n"
    "Cues: breath, glitch, noise, phoneme, silence, spectral, transition, unclear.\n"
    "Exit codes: 0 all good, 1 something failed or did not verify, 2 usage error.");

qint64 itemOption(const QCommandLineParser &p, const QString &sub)
{
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("item")).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{QStringLiteral("sourcetrace-cli case %1: ").arg(sub)
                         + QCoreApplication::translate("CaseCommand", "--item needs an item id (a number from 1; `case info` lists them)")};
    return id;
}

double numberOption(const QCommandLineParser &p, const QString &name, const QString &sub, bool time)
{
    const QString v = p.value(name);
    double x = 0;
    bool ok = false;
    if (time)
        ok = parseHms(v, x);
    else
        x = v.toDouble(&ok);
    if (!ok)
        throw UsageError{QStringLiteral("sourcetrace-cli case %1: ").arg(sub)
                         + QCoreApplication::translate("CaseCommand", "--%1 '%2' is not %3")
                             .arg(name, v, time ? QCoreApplication::translate("CaseCommand", "a time (seconds or h:mm:ss.mmm)") : QCoreApplication::translate("CaseCommand", "a number"))};
    return x;
}

void printChain(const ChainVerification &v)
{
    if (v.ok)
        out(QCoreApplication::translate("CaseCommand", "audit log: ok, %1 entries, head %2").arg(v.entries).arg(v.headHash));
    else
        out(QCoreApplication::translate("CaseCommand", "audit log: BROKEN at entry %1: %2 (%3 entries read)").arg(v.firstBadSeq).arg(v.reason).arg(v.entries));
}

QString itemLine(const EvidenceItem &e)
{
    return QStringLiteral("item %1\t%2%3\t%4\t%5\t%6")
        .arg(e.id)
        .arg(evidenceStateName(e.lastState), e.blocked() ? QStringLiteral(" (BLOCKED)") : QString(), e.sha256,
             Error::escaped(e.label), Error::escaped(e.currentPath));
}

int cmdNew(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("number"), QCoreApplication::translate("CaseCommand", "The case number (required)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("examiner"), QCoreApplication::translate("CaseCommand", "The examiner's name (required)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("title"), QCoreApplication::translate("CaseCommand", "A title."), QStringLiteral("T")});
    p.addOption({QStringLiteral("notes"), QCoreApplication::translate("CaseCommand", "Notes."), QStringLiteral("T")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("new"), args, 1, QStringLiteral("CASE"), code))
        return code;
    if (!p.isSet(QStringLiteral("number")) || !p.isSet(QStringLiteral("examiner"))) {
        err(QStringLiteral("sourcetrace-cli case new: ") + QCoreApplication::translate("CaseCommand", "--number and --examiner are required"));
        return 2;
    }
    CaseInfo info;
    info.number = p.value(QStringLiteral("number"));
    info.examiner = p.value(QStringLiteral("examiner"));
    info.title = p.value(QStringLiteral("title"));
    info.notes = p.value(QStringLiteral("notes"));
    const CaseFile c = CaseFile::create(p.positionalArguments()[0], info, caseUser(p));
    out(QCoreApplication::translate("CaseCommand", "created %1 (case %2, examiner %3)").arg(c.path(), info.number, info.examiner));
    out(QCoreApplication::translate("CaseCommand", "audit head: %1").arg(c.auditHead().hash));
    return 0;
}

int cmdAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("label"), QCoreApplication::translate("CaseCommand", "Label of the items (default: the file name)."), QStringLiteral("L")});
    p.addPositionalArgument(QStringLiteral("AUDIO"), QCoreApplication::translate("CaseCommand", "Evidence files."), QStringLiteral("AUDIO..."));
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("add"), args, 2, QStringLiteral("CASE AUDIO..."), code))
        return code;
    CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p));
    const CaseFile::ConnectionHold hold(c); // nothing else in this process opens the case file
    if (c.isReadOnly())
        throw Error(c.path(), QCoreApplication::translate("CaseCommand", "cannot add evidence: the case is read-only (%1)").arg(c.readOnlyReason()));
    int failed = 0;
    for (const QString &f : p.positionalArguments().mid(1)) {
        try {
            out(itemLine(c.addEvidence(f, p.value(QStringLiteral("label")))));
        } catch (const Error &e) {
            err(QStringLiteral("sourcetrace-cli case add: %1").arg(e.message()));
            ++failed;
        }
    }
    out(QCoreApplication::translate("CaseCommand", "audit head: %1").arg(c.auditHead().hash));
    return failed ? 1 : 0;
}

int cmdVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("log-only"), QCoreApplication::translate("CaseCommand", "Verify the audit chain only (opens the case read-only).")});
    p.addOption({QStringLiteral("expect-head"), QCoreApplication::translate("CaseCommand", "A head hash recorded earlier (a report, an export): it must still be in the log."),
                 QStringLiteral("HASH")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("verify"), args, 1, QStringLiteral("CASE"), code))
        return code;
    const bool logOnly = p.isSet(QStringLiteral("log-only"));
    CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p), logOnly ? CaseOpenMode::ReadOnly : CaseOpenMode::ReadWrite);
    const CaseFile::ConnectionHold hold(c); // nothing else in this process opens the case file
    bool good = true;
    if (!logOnly) {
        if (c.isReadOnly())
            err(QStringLiteral("sourcetrace-cli case verify: ") + QCoreApplication::translate("CaseCommand", "the case is read-only (%1): the items are re-hashed but the "
                               "results are not recorded").arg(c.readOnlyReason()));
        for (const EvidenceItem &item : c.evidence()) {
            const EvidenceVerification v = c.isReadOnly() ? c.checkEvidence(item.id) : c.verifyEvidence(item.id);
            good = good && v.state == EvidenceState::Ok;
            QString line = QStringLiteral("item %1\t%2\t%3\t%4").arg(item.id).arg(evidenceStateName(v.state),
                                                                     v.actualSha256.isEmpty() ? QStringLiteral("-") : v.actualSha256,
                                                                     Error::escaped(v.path));
            if (v.state != EvidenceState::Ok)
                line += QStringLiteral("\t%1%2").arg(Error::escaped(v.message),
                                                     v.state == EvidenceState::Missing || v.state == EvidenceState::Mismatch
                                                         ? QStringLiteral(" (BLOCKED)") : QString());
            out(line);
        }
    }
    // The chain as it stands after the verifications were recorded.
    const ChainVerification chain = c.verifyChain();
    printChain(chain);
    good = good && chain.ok;
    const QStringList problems = c.integrityProblems();
    for (const QString &pr : problems)
        out(QCoreApplication::translate("CaseCommand", "integrity: %1").arg(pr));
    good = good && problems.isEmpty();
    if (p.isSet(QStringLiteral("expect-head"))) {
        const QString h = p.value(QStringLiteral("expect-head")).trimmed().toLower();
        const int seq = c.findAuditHash(h);
        if (seq > 0) {
            out(QCoreApplication::translate("CaseCommand", "expected head %1: entry %2 of %3").arg(h).arg(seq).arg(chain.entries));
        } else {
            out(QCoreApplication::translate("CaseCommand", "expected head %1: NOT in the log (%2 entries): entries were cut off or replaced").arg(h).arg(chain.entries));
            good = false;
        }
    }
    out(good ? QCoreApplication::translate("CaseCommand", "verify: ok") : QCoreApplication::translate("CaseCommand", "verify: FAILED"));
    return good ? 0 : 1;
}

int cmdLog(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("jsonl"), QCoreApplication::translate("CaseCommand", "Write the log as JSON Lines (scripts/verify_audit_log.py checks it)."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("force"), QCoreApplication::translate("CaseCommand", "Overwrite OUT.")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("log"), args, 1, QStringLiteral("CASE"), code))
        return code;
    const CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p), CaseOpenMode::ReadOnly);
    const CaseFile::ConnectionHold hold(c);
    const ChainVerification chain = c.verifyChain();
    if (p.isSet(QStringLiteral("jsonl"))) {
        const int n = c.exportAuditLog(p.value(QStringLiteral("jsonl")), p.isSet(QStringLiteral("force")));
        out(QCoreApplication::translate("CaseCommand", "wrote %1 entries to %2; head %3").arg(n).arg(p.value(QStringLiteral("jsonl")), c.auditHead().hash));
    } else {
        for (const AuditEntry &e : c.auditLog())
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(e.seq).arg(e.time, Error::escaped(e.user), e.action, e.details));
    }
    printChain(chain);
    return chain.ok ? 0 : 1;
}

int cmdInfo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("CaseCommand", "JSON on stdout.")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("info"), args, 1, QStringLiteral("CASE"), code))
        return code;
    const CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p), CaseOpenMode::ReadOnly);
    const CaseFile::ConnectionHold hold(c);
    const CaseInfo i = c.info();
    const ChainVerification chain = c.chainAtOpen();
    const QList<EvidenceItem> items = c.evidence();
    const int analyses = int(c.analyses().size()), annotations = int(c.annotations().size()),
              reports = int(c.reportVersions().size());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const EvidenceItem &e : items)
            arr.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("label"), e.label},
                                   {QStringLiteral("originalPath"), e.originalPath},
                                   {QStringLiteral("currentPath"), e.currentPath},
                                   {QStringLiteral("size"), e.size},
                                   {QStringLiteral("sha256"), e.sha256},
                                   {QStringLiteral("intakeTime"), e.intakeTime.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("state"), evidenceStateName(e.lastState)},
                                   {QStringLiteral("lastVerified"), e.lastVerified.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("blocked"), e.blocked()}});
        QJsonObject o{{QStringLiteral("case"), c.path()},
                      {QStringLiteral("number"), i.number},
                      {QStringLiteral("examiner"), i.examiner},
                      {QStringLiteral("title"), i.title},
                      {QStringLiteral("notes"), i.notes},
                      {QStringLiteral("caseId"), i.caseId},
                      {QStringLiteral("created"), i.created.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("schemaVersion"), c.schemaVersion()},
                      {QStringLiteral("evidence"), arr},
                      {QStringLiteral("analyses"), analyses},
                      {QStringLiteral("annotations"), annotations},
                      {QStringLiteral("reports"), reports},
                      {QStringLiteral("auditOk"), chain.ok},
                      {QStringLiteral("auditEntries"), chain.entries},
                      {QStringLiteral("auditHead"), chain.headHash},
                      {QStringLiteral("integrityProblems"), QJsonArray::fromStringList(c.integrityProblems())}};
        if (!chain.ok)
            o.insert(QStringLiteral("auditProblem"), QStringLiteral("entry %1: %2").arg(chain.firstBadSeq).arg(chain.reason));
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    out(QStringLiteral("case:          %1").arg(c.path()));
    out(QStringLiteral("number:        %1").arg(i.number));
    out(QStringLiteral("examiner:      %1").arg(i.examiner));
    if (!i.title.isEmpty())
        out(QStringLiteral("title:         %1").arg(i.title));
    if (!i.notes.isEmpty())
        out(QStringLiteral("notes:         %1").arg(Error::escaped(i.notes)));
    out(QStringLiteral("created:       %1").arg(i.created.toString(Qt::ISODateWithMs)));
    out(QStringLiteral("case id:       %1").arg(i.caseId));
    out(QStringLiteral("schema:        v%1").arg(c.schemaVersion()));
    out(QStringLiteral("evidence:      %1 item(s)").arg(items.size()));
    for (const EvidenceItem &e : items)
        out(QStringLiteral("  ") + itemLine(e));
    out(QStringLiteral("analyses:      %1").arg(analyses));
    out(QStringLiteral("annotations:   %1").arg(annotations));
    out(QStringLiteral("reports:       %1").arg(reports));
    printChain(chain);
    for (const QString &pr : c.integrityProblems())
        out(QStringLiteral("integrity: %1").arg(pr));
    return 0;
}

int cmdAnnotate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("item"), QCoreApplication::translate("CaseCommand", "The evidence item's id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("start"), QCoreApplication::translate("CaseCommand", "Start (seconds or h:mm:ss.mmm)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("end"), QCoreApplication::translate("CaseCommand", "End (seconds or h:mm:ss.mmm)."), QStringLiteral("E")});
    p.addOption({QStringLiteral("cue"), QCoreApplication::translate("CaseCommand", "breath, glitch, noise, phoneme, silence, spectral, transition or unclear."), QStringLiteral("C")});
    p.addOption({QStringLiteral("locality"), QCoreApplication::translate("CaseCommand", "1 (diffuse) .. 5 (sharply localised); default 3."), QStringLiteral("N")});
    p.addOption({QStringLiteral("audible"), QCoreApplication::translate("CaseCommand", "yes or no (default no)."), QStringLiteral("yes|no")});
    p.addOption({QStringLiteral("low"), QCoreApplication::translate("CaseCommand", "Band low limit in Hz (with --high)."), QStringLiteral("HZ")});
    p.addOption({QStringLiteral("high"), QCoreApplication::translate("CaseCommand", "Band high limit in Hz (with --low)."), QStringLiteral("HZ")});
    p.addOption({QStringLiteral("text"), QCoreApplication::translate("CaseCommand", "Free text."), QStringLiteral("T")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("annotate"), args, 1, QStringLiteral("CASE"), code))
        return code;
    for (const char *required : {"item", "start", "end", "cue"})
        if (!p.isSet(QLatin1String(required))) {
            err(QStringLiteral("sourcetrace-cli case annotate: ") + QCoreApplication::translate("CaseCommand", "--item, --start, --end and --cue are required"));
            return 2;
        }
    Annotation a;
    a.evidenceId = itemOption(p, QStringLiteral("annotate"));
    a.startS = numberOption(p, QStringLiteral("start"), QStringLiteral("annotate"), true);
    a.endS = numberOption(p, QStringLiteral("end"), QStringLiteral("annotate"), true);
    const std::optional<Cue> cue = parseCue(p.value(QStringLiteral("cue")));
    if (!cue)
        throw UsageError{QStringLiteral("sourcetrace-cli case annotate: ") + QCoreApplication::translate("CaseCommand", "unknown cue '%1' (one of %2)").arg(p.value(QStringLiteral("cue")), cueNames())};
    a.cue = *cue;
    if (p.isSet(QStringLiteral("locality"))) {
        bool ok = false;
        a.locality = p.value(QStringLiteral("locality")).toInt(&ok);
        if (!ok)
            throw UsageError{QStringLiteral("sourcetrace-cli case annotate: ") + QCoreApplication::translate("CaseCommand", "--locality takes a whole number 1..5")};
    }
    if (p.isSet(QStringLiteral("audible"))) {
        const QString v = p.value(QStringLiteral("audible")).toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            throw UsageError{QStringLiteral("sourcetrace-cli case annotate: ") + QCoreApplication::translate("CaseCommand", "--audible takes yes or no")};
        a.audible = v == QLatin1String("yes");
    }
    if (p.isSet(QStringLiteral("low")) != p.isSet(QStringLiteral("high")))
        throw UsageError{QStringLiteral("sourcetrace-cli case annotate: ") + QCoreApplication::translate("CaseCommand", "give both --low and --high, or neither")};
    if (p.isSet(QStringLiteral("low")))
        a.band = FrequencyBand{numberOption(p, QStringLiteral("low"), QStringLiteral("annotate"), false),
                               numberOption(p, QStringLiteral("high"), QStringLiteral("annotate"), false)};
    a.text = p.value(QStringLiteral("text"));
    CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p));
    const Annotation stored = c.addAnnotation(a);
    out(QCoreApplication::translate("CaseCommand", "annotation %1 added to item %2").arg(stored.id).arg(stored.evidenceId));
    return 0;
}

int cmdAnnotations(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("item"), QCoreApplication::translate("CaseCommand", "Only this item's annotations."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("csv"), QCoreApplication::translate("CaseCommand", "Write them as CSV."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("force"), QCoreApplication::translate("CaseCommand", "Overwrite OUT.")});
    p.addOption({QStringLiteral("import"), QCoreApplication::translate("CaseCommand", "Import a CSV (all rows or none)."), QStringLiteral("CSV")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("annotations"), args, 1, QStringLiteral("CASE"), code))
        return code;
    const qint64 item = p.isSet(QStringLiteral("item")) ? itemOption(p, QStringLiteral("annotations")) : 0;
    if (p.isSet(QStringLiteral("import"))) {
        if (p.isSet(QStringLiteral("csv")) || item)
            throw UsageError{QStringLiteral("sourcetrace-cli case annotations: ") + QCoreApplication::translate("CaseCommand", "--import goes alone (no --csv, no --item)")};
        CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p));
        try {
            const int n = c.importAnnotationsCsv(p.value(QStringLiteral("import")));
            out(QCoreApplication::translate("CaseCommand", "imported %1 annotation(s) from %2").arg(n).arg(p.value(QStringLiteral("import"))));
        } catch (const AnnotationCsvError &e) {
            for (const QString &pr : e.problems())
                err(pr);
            err(QStringLiteral("sourcetrace-cli case annotations: ") + QCoreApplication::translate("CaseCommand", "%1 bad row(s) in %2, nothing was imported")
                    .arg(e.problems().size()).arg(p.value(QStringLiteral("import"))));
            return 1;
        }
        return 0;
    }
    const CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p), CaseOpenMode::ReadOnly);
    if (p.isSet(QStringLiteral("csv"))) {
        const int n = c.exportAnnotationsCsv(p.value(QStringLiteral("csv")), item, p.isSet(QStringLiteral("force")));
        out(QCoreApplication::translate("CaseCommand", "wrote %1 annotation(s) to %2").arg(n).arg(p.value(QStringLiteral("csv"))));
        return 0;
    }
    for (const Annotation &a : c.annotations(item))
        out(QStringLiteral("%1\titem %2\t%3-%4 s\t%5\t%6\tlocality %7\t%8\t%9")
                .arg(a.id)
                .arg(a.evidenceId)
                .arg(canonicalNumber(a.startS), canonicalNumber(a.endS),
                     a.band ? QStringLiteral("%1-%2 Hz").arg(canonicalNumber(a.band->lowHz), canonicalNumber(a.band->highHz))
                            : QStringLiteral("all Hz"),
                     cueName(a.cue))
                .arg(a.locality)
                .arg(a.audible ? QStringLiteral("audible") : QStringLiteral("not audible"), Error::escaped(a.text)));
    return 0;
}

int cmdRelocate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("item"), QCoreApplication::translate("CaseCommand", "The evidence item's id."), QStringLiteral("ID")});
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CaseCommand", "Where the item's file is now."), QStringLiteral("FILE"));
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("relocate"), args, 2, QStringLiteral("CASE FILE"), code))
        return code;
    if (!p.isSet(QStringLiteral("item")))
        throw UsageError{QStringLiteral("sourcetrace-cli case relocate: ") + QCoreApplication::translate("CaseCommand", "--item is required")};
    CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p));
    out(itemLine(c.relocateEvidence(itemOption(p, QStringLiteral("relocate")), p.positionalArguments()[1])));
    return 0;
}

int cmdSaveAs(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NEW"), QCoreApplication::translate("CaseCommand", "The copy (never overwritten)."), QStringLiteral("NEW"));
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("save-as"), args, 2, QStringLiteral("CASE NEW"), code))
        return code;
    CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p));
    c.saveAs(p.positionalArguments()[1]);
    const CaseFile copy = CaseFile::open(p.positionalArguments()[1], caseUser(p), CaseOpenMode::ReadOnly);
    out(QCoreApplication::translate("CaseCommand", "saved %1 as %2; copy's audit head %3").arg(c.path(), copy.path(), copy.auditHead().hash));
    if (c.isReadOnly())
        out(QCoreApplication::translate("CaseCommand", "the original is read-only (%1): only the copy records the Save As").arg(c.readOnlyReason()));
    return 0;
}

int cmdThresholds(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("set"), QCoreApplication::translate("CaseCommand", "Store the thresholds of this JSON file (keys: %1; a key left out keeps its default).")
                                            .arg(QualityThresholds::keys().join(QStringLiteral(", "))),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("clear"), QCoreApplication::translate("CaseCommand", "Go back to the default thresholds.")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("CaseCommand", "Print the thresholds in force as JSON.")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("thresholds"), args, 1, QStringLiteral("CASE"), code))
        return code;
    if (p.isSet(QStringLiteral("set")) && p.isSet(QStringLiteral("clear")))
        throw UsageError{QStringLiteral("sourcetrace-cli case thresholds: ") + QCoreApplication::translate("CaseCommand", "--set and --clear exclude each other")};
    const bool change = p.isSet(QStringLiteral("set")) || p.isSet(QStringLiteral("clear"));
    CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p), change ? CaseOpenMode::ReadWrite : CaseOpenMode::ReadOnly);
    if (change) {
        if (c.isReadOnly())
            throw Error(c.path(), QCoreApplication::translate("CaseCommand", "the case is read-only (%1): its thresholds cannot change").arg(c.readOnlyReason()));
        QString text;
        if (p.isSet(QStringLiteral("set"))) // validated (strict, every key named in its error) before anything is stored
            text = QString::fromUtf8(QJsonDocument(QualityThresholds::load(p.value(QStringLiteral("set"))).toJson()).toJson(QJsonDocument::Compact));
        c.setQualityThresholdsJson(text);
    }
    const QString stored = c.qualityThresholdsJson();
    QString problem;
    const QualityThresholds t = stored.isEmpty() ? QualityThresholds{} : QualityThresholds::fromJsonText(stored.toUtf8(), &problem);
    if (!problem.isEmpty())
        throw Error(c.path(), QCoreApplication::translate("CaseCommand", "the case's quality thresholds cannot be read: %1").arg(problem));
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    out(stored.isEmpty() ? QCoreApplication::translate("CaseCommand", "quality thresholds of %1: the defaults").arg(c.path())
                         : QCoreApplication::translate("CaseCommand", "quality thresholds of %1: set in the case").arg(c.path()));
    const QJsonObject o = t.toJson();
    const QJsonObject d = QualityThresholds{}.toJson();
    for (const QString &k : QualityThresholds::keys())
        out(QStringLiteral("  %1 %2%3").arg(k + QLatin1Char(':'), -22).arg(o.value(k).toDouble()).arg(o.value(k) == d.value(k) ? QString() : QCoreApplication::translate("CaseCommand", "   (default %1)").arg(d.value(k).toDouble())));
    return 0;
}

int runCase(const QStringList &args)
{
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")) {
        out(QCoreApplication::translate("CaseCommand", kUsage));
        return args.isEmpty() ? 2 : 0;
    }
    const QString sub = args[0];
    const QStringList rest = args.mid(1);
    try {
        if (sub == QLatin1String("new"))
            return cmdNew(rest);
        if (sub == QLatin1String("add"))
            return cmdAdd(rest);
        if (sub == QLatin1String("verify"))
            return cmdVerify(rest);
        if (sub == QLatin1String("log"))
            return cmdLog(rest);
        if (sub == QLatin1String("info"))
            return cmdInfo(rest);
        if (sub == QLatin1String("annotate"))
            return cmdAnnotate(rest);
        if (sub == QLatin1String("annotations"))
            return cmdAnnotations(rest);
        if (sub == QLatin1String("relocate"))
            return cmdRelocate(rest);
        if (sub == QLatin1String("save-as"))
            return cmdSaveAs(rest);
        if (sub == QLatin1String("thresholds"))
            return cmdThresholds(rest);
        if (sub == QLatin1String("analyse") || sub == QLatin1String("analyze"))
            return caseAnalyse(rest);
        if (sub == QLatin1String("results"))
            return caseResults(rest);
        if (sub == QLatin1String("report"))
            return caseReport(rest);
    } catch (const UsageError &e) {
        err(e.message);
        return 2;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli case %1: %2").arg(sub, e.message()));
        return 1;
    }
    err(QStringLiteral("sourcetrace-cli case: ") + QCoreApplication::translate("CaseCommand", "unknown command '%1'\n%2").arg(sub, QCoreApplication::translate("CaseCommand", kUsage)));
    return 2;
}

const CliRegistrar registrar(QStringLiteral("case"),
                             QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "case files: evidence with hashes, verification, annotations, hash-chained audit log")),
                             runCase);

} // namespace

} // namespace st::cli
