// sourcetrace [FILE]: the evidence viewer. With no FILE it opens the demo clip compiled into the
// application and, when the default model is installed, runs it (and the default library's trace) on
// the clip. A .stcase FILE opens as a case. For documentation and CI: --screenshot PNG grabs the window once the
// view has been computed, then quits (exit status 0 on success). `sourcetrace --help` lists every option and, like
// --version, needs no display.
#include "common/AppStyle.h"
#include "common/SafeApplication.h"
#include "util/Memory.h"
#include "util/NativeArgs.h"
#include "window/MainWindow.h"
#include "help/FirstRunNote.h"
#include "window/PreferencesDialog.h"
#include "util/Translations.h"
#include "training/TrainingPanel.h"
#include "attribution/ExplainPanel.h"
#include "examination/CasePanel.h"
#include "jobs/JobManager.h"
#include "view/Pane.h"
#include "view/ViewState.h"
#include "BuildInfo.h"
#include "models/VersionInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QTabWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

/// --help and --version print text: they need no display (and must work without one).
bool textOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

/// The value of --lang CODE / --lang=CODE, read before the translator is installed (the parser's own texts are
/// translated); a null string when absent.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--lang="))
            return QString::fromLocal8Bit(a.mid(7));
    }
    return QString();
}

/// Whether Qt can reach a display: an X11 or Wayland one, or a platform chosen explicitly.
bool canShowWindows(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "-platform")
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    st::useOneMallocArena(); // before any thread (util/Memory.h)
    const bool text = textOnly(argc, argv);
    if (!text && !canShowWindows(argc, argv)) {
        std::fprintf(stderr, "sourcetrace: no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                             "Run it on a desktop, under xvfb-run, or with QT_QPA_PLATFORM=offscreen for --screenshot;\n"
                             "for batch work use sourcetrace-cli (sourcetrace-cli --help).\n");
        return 2;
    }
    // No exception leaves an event handler (ui/common/SafeApplication.h); --help/--version need no display.
    std::unique_ptr<QCoreApplication> holder;
    if (text)
        holder = std::make_unique<QCoreApplication>(argc, argv);
    else
        holder = std::make_unique<st::SafeApplication>(argc, argv);
    QCoreApplication &app = *holder;
    QCoreApplication::setApplicationName(QStringLiteral("SourceTrace"));
    QCoreApplication::setOrganizationName(QStringLiteral("SourceTrace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCETRACE_VERSION));

    // The interface language (docs/translations.md): --lang, else Edit > Preferences' choice, else the system's.
    const QString langArg = languageArgument(argc, argv);
    const QString lang = langArg.isNull() ? st::PreferencesDialog::storedLanguage() : langArg;
    if (st::installTranslations(app, lang).isEmpty())
        std::fprintf(stderr, "sourcetrace: no translation for the language '%s'; English is used (translated: en %s)\n",
                     qPrintable(lang), qPrintable(st::availableTranslations().join(QLatin1Char(' '))));

    QCommandLineParser cli;
    cli.setApplicationDescription(QCoreApplication::translate("sourcetrace", "SourceTrace evidence viewer"));
    cli.addHelpOption();
    // --version: the build, commit and default model as well (models/VersionInfo.h), handled after process().
    QCommandLineOption versionOpt(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                  QCoreApplication::translate("sourcetrace", "Displays version information: build, commit and the default model."));
    cli.addOption(versionOpt);
    cli.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("sourcetrace", "Audio file to open (default: the demo clip)."));
    QCommandLineOption shot(QStringLiteral("screenshot"), QCoreApplication::translate("sourcetrace", "Save a screenshot of the window and quit."),
                            QStringLiteral("png"));
    QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("sourcetrace", "Window size WxH (with --screenshot)."),
                            QStringLiteral("WxH"), QStringLiteral("1400x860"));
    QCommandLineOption view(QStringLiteral("view"), QCoreApplication::translate("sourcetrace", "Visible range START:END in seconds."),
                            QStringLiteral("range"));
    QCommandLineOption select(QStringLiteral("select"), QCoreApplication::translate("sourcetrace", "Select START:END in seconds."),
                              QStringLiteral("range"));
    QCommandLineOption detectOpt(QStringLiteral("detect"), QCoreApplication::translate("sourcetrace", "Run this model's detection on the file."),
                                 QStringLiteral("model"));
    cli.addOption(detectOpt);
    QCommandLineOption libraryOpt(QStringLiteral("library"), QCoreApplication::translate("sourcetrace", "Open this fingerprint library."),
                                  QStringLiteral("db"));
    cli.addOption(libraryOpt);
    QCommandLineOption traceOpt(QStringLiteral("trace"), QCoreApplication::translate("sourcetrace", "Trace the file against the library with this back-end."),
                                QStringLiteral("backend"));
    cli.addOption(traceOpt);
    QCommandLineOption explainOpt(QStringLiteral("explain"),
                                  QCoreApplication::translate("sourcetrace", "Run Integrated Gradients with this model on the file (16 steps, bona fide logit)."),
                                  QStringLiteral("MODEL"));
    cli.addOption(explainOpt);
    QCommandLineOption explainBaselineOpt(QStringLiteral("explain-baseline-file"),
                                          QCoreApplication::translate("sourcetrace", "With --explain: the bona fide mean baseline from this file (feature-space IG)."),
                                          QStringLiteral("F"));
    cli.addOption(explainBaselineOpt);
    QCommandLineOption showOpt(QStringLiteral("show"), QCoreApplication::translate("sourcetrace", "Show (and raise) the dock with this object name, or the evaluation tab."),
                               QStringLiteral("dock"));
    cli.addOption(showOpt);
    QCommandLineOption trainingRunOpt(QStringLiteral("training-run"),
                                      QCoreApplication::translate("sourcetrace", "Show the Training dock with the curves and settings of this run folder."),
                                      QStringLiteral("dir"));
    cli.addOption(trainingRunOpt);
    QCommandLineOption caseOpt(QStringLiteral("case"), QCoreApplication::translate("sourcetrace", "Open this case file (.stcase); its items are verified at once."),
                               QStringLiteral("case"));
    cli.addOption(caseOpt);
    QCommandLineOption caseItemOpt(QStringLiteral("case-item"),
                                   QCoreApplication::translate("sourcetrace", "With --case: load this evidence item (verified first) instead of a file."),
                                   QStringLiteral("id"));
    cli.addOption(caseItemOpt);
    QCommandLineOption langOpt(QStringLiteral("lang"),
                               QCoreApplication::translate("sourcetrace", "Language of the interface: en, %1, or system (default: the choice in Edit > Preferences, else the system's).")
                                   .arg(st::availableTranslations().join(QStringLiteral(", "))),
                               QStringLiteral("code"));
    cli.addOption(langOpt);
    cli.addOption(view);
    cli.addOption(select);
    cli.addOption(shot);
    cli.addOption(size);
    // PortAudio's ALSA and JACK messages on stderr are silenced unless asked for (playback/AudioQuiet.h).
    QCommandLineOption audioDebugOpt(QStringLiteral("audio-debug"),
                                     QCoreApplication::translate("sourcetrace", "Show the sound system's own messages (ALSA, JACK) on stderr; also SOURCETRACE_AUDIO_DEBUG=1."));
    cli.addOption(audioDebugOpt);
    QStringList notes;
    cli.process(st::nativeArguments(argc, argv, &notes)); // --help / --version print and exit here
    for (const QString &n : notes)
        std::fprintf(stderr, "sourcetrace: note: %s\n", qPrintable(n));
    if (cli.isSet(versionOpt)) {
        std::printf("%s\n", st::versionText(QStringLiteral("sourcetrace")).toUtf8().constData());
        return 0;
    }
    auto &gui = static_cast<st::SafeApplication &>(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sourcetrace.svg")));
    st::applyDarkStyle(gui);

    if (cli.isSet(audioDebugOpt))
        qputenv("SOURCETRACE_AUDIO_DEBUG", "1");
    QGuiApplication::setDesktopFileName(QStringLiteral("sourcetrace")); // packaging/sourcetrace.desktop

    st::MainWindow w;
    const QString shotPath = cli.value(shot);
    if (!shotPath.isEmpty())
        gui.setShowDialogs(false);
    if (!shotPath.isEmpty()) {
        w.setInteractive(false);
        const QStringList wh = cli.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2)
            w.resize(wh[0].toInt(), wh[1].toInt());
    }
    w.show();
    // From the desktop (Exec=sourcetrace %F): a case file opens as a case, an audio file as evidence; one of each.
    QStringList args = cli.positionalArguments();
    if (!args.isEmpty() && !cli.isSet(caseOpt) && args.first().endsWith(QLatin1String(".stcase"), Qt::CaseInsensitive)) {
        const QString casePath = args.takeFirst();
        if (!w.openCase(casePath))
            std::fprintf(stderr, "case: %s\n", qPrintable(w.lastError()));
    }
    if (args.size() > 1)
        std::fprintf(stderr, "sourcetrace: note: one evidence file at a time; not opened: %s\n",
                     qPrintable(args.mid(1).join(QStringLiteral(", "))));
    bool opened = false;
    bool caseItemLoaded = false;
    if (cli.isSet(caseOpt)) {
        if (!w.openCase(cli.value(caseOpt)))
            std::fprintf(stderr, "case: %s\n", qPrintable(w.lastError()));
        else if (cli.isSet(caseItemOpt) && !(caseItemLoaded = w.casePanel()->loadItem(cli.value(caseItemOpt).toLongLong(), true)))
            std::fprintf(stderr, "case-item: %s\n", qPrintable(w.casePanel()->lastError()));
    }
    opened = caseItemLoaded || (args.isEmpty() ? w.openDemo() : w.openFile(args.first()));
    auto range = [&](const QCommandLineOption &o, double &a, double &b) {
        const QStringList parts = cli.value(o).split(QLatin1Char(':'));
        if (parts.size() != 2)
            return false;
        const int rate = w.viewState()->sampleRate();
        a = parts[0].toDouble() * rate;
        b = parts[1].toDouble() * rate;
        return b > a;
    };
    double a = 0, b = 0;
    if (opened && range(select, a, b))
        w.viewState()->setSelection(int64_t(a), int64_t(b));
    if (opened && cli.isSet(view)) {
        QCoreApplication::processEvents(); // let the panes take their size first
        if (range(view, a, b))
            w.viewState()->zoomToRange(a, b);
    }

    if (opened && cli.isSet(detectOpt)) {
        w.waitForModels(60000);
        if (!w.setCurrentModel(cli.value(detectOpt)) || !w.detect(!shotPath.isEmpty()))
            std::fprintf(stderr, "detect: %s\n", qPrintable(w.lastError().isEmpty() ? QStringLiteral("model not usable") : w.lastError()));
    }

    if (cli.isSet(libraryOpt) && !w.openLibrary(cli.value(libraryOpt)))
        std::fprintf(stderr, "library: %s\n", qPrintable(w.lastError()));
    // First start on the demo clip: detect with the default model (and trace with the default library) at once, so
    // that the first screen shows results; --screenshot waits for them. Explicit --detect/--trace/--explain decide alone.
    if (opened && args.isEmpty() && !caseItemLoaded && !cli.isSet(detectOpt) && !cli.isSet(traceOpt) && !cli.isSet(explainOpt))
        w.analyseWithDefaults(!shotPath.isEmpty());

    if (opened && cli.isSet(traceOpt)) {
        w.waitForModels(60000);
        if (!w.trace(cli.value(traceOpt), !shotPath.isEmpty()))
            std::fprintf(stderr, "trace: %s\n", qPrintable(w.lastError()));
    }

    if (opened && cli.isSet(explainOpt)) {
        w.waitForModels(60000);
        st::ExplainPanel *panel = w.explainPanel();
        if (!panel || !panel->selectModel(cli.value(explainOpt))) {
            std::fprintf(stderr, "explain: model %s is not offered%s%s\n", qPrintable(cli.value(explainOpt)),
                         panel && !panel->statusText().isEmpty() ? ": " : "", panel ? qPrintable(panel->statusText()) : "");
        } else {
            panel->setSteps(16);
            if (cli.isSet(explainBaselineOpt)) {
                panel->setFeatureBaselineFile(QFileInfo(cli.value(explainBaselineOpt)).absoluteFilePath());
                if (!panel->selectFeatureBaseline())
                    std::fprintf(stderr, "explain: model %s has no front-end features for the bona fide mean baseline\n",
                                 qPrintable(cli.value(explainOpt)));
            }
            if (st::JobPtr job = panel->run())
                w.jobs()->waitFor(job, 600000);
        }
    }

    for (const QString &name : cli.values(showOpt)) {
        if (auto *dock = w.findChild<QDockWidget *>(name)) {
            dock->show();
            dock->raise();
        } else if (name == QLatin1String("evaluation")) {
            w.centralTabs()->setCurrentIndex(1);
        } else {
            std::fprintf(stderr, "show: no dock named %s\n", qPrintable(name));
        }
    }

    if (cli.isSet(trainingRunOpt)) {
        w.trainingDock()->show();
        w.trainingDock()->raise();
        if (!w.trainingPanel()->loadRun(cli.value(trainingRunOpt)))
            std::fprintf(stderr, "training-run: %s\n", qPrintable(w.trainingPanel()->lastError()));
    }

    // The first start says once that SourceTrace never uses the network and what it stores where (Help > Privacy).
    if (shotPath.isEmpty())
        QTimer::singleShot(0, &w, [&w]() { st::showFirstRunNoteOnce(&w); });

    if (!shotPath.isEmpty()) {
        QTimer::singleShot(200, &w, [&]() {
            w.waitUntilReady(20000);
            if (qEnvironmentVariableIsSet("SOURCETRACE_PAINT_TIMING")) {
                // How long the GUI thread spends drawing each pane from ready data (10 repaints).
                for (QWidget *pane : {static_cast<QWidget *>(w.waveformPane()), static_cast<QWidget *>(w.spectrogramPane())}) {
                    QElapsedTimer t;
                    t.start();
                    for (int i = 0; i < 10; ++i) {
                        w.viewState()->zoomAbout(i % 2 ? 1 / 0.999 : 0.999, 0); // invalidates the pane cache
                        pane->repaint();
                    }
                    std::fprintf(stderr, "%s: %.1f ms per repaint (%dx%d)\n", qPrintable(pane->objectName()),
                                 t.nsecsElapsed() / 1e7, pane->width(), pane->height());
                }
            }
            const bool ok = w.grab().save(shotPath);
            std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(shotPath));
            QApplication::exit(ok && opened ? 0 : 1);
        });
    }
    return app.exec();
}
