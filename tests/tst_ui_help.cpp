// The Help menu (ui/help, ui/window/AboutDialog): the offline manual over the checkout's docs/ (every page loads,
// every internal link and image resolves, code spans naming a page become links, web addresses and files outside
// the manual are refused, a #fragment reaches its heading, screenshots are scaled), Help > Manual on F1, the
// first-run note (shown once, remembered in a temporary XDG_CONFIG_HOME, naming the real settings file), and About
// (the default model's name and weights SHA-256 read from its manifest, every Debian package the training corpus is
// made from per scripts/corpus/install.sh, every component named in docs/licences.md). Needs no ../shared.
#include "help/FirstRunNote.h"
#include "help/ManualBrowser.h"
#include "common/AppSettings.h"
#include "playback/FakeAudioOutput.h"
#include "window/AboutDialog.h"
#include "window/MainWindow.h"
#include "testutil.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace st;

namespace {

/// With SOURCETRACE_SHOT_DIR set, saves a widget as NAME.png there (to look at it; no assertion).
void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SOURCETRACE_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Every link (anchor href) and every image name of a shown document.
void linksAndImages(const QTextDocument *doc, QStringList *links, QStringList *images)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat cf = f.charFormat();
            if (cf.isImageFormat())
                *images << cf.toImageFormat().name();
            else if (cf.isAnchor() && !cf.anchorHref().isEmpty() && !links->contains(cf.anchorHref()))
                *links << cf.anchorHref();
        }
    }
}

} // namespace

class TestUiHelp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_docs;

private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
        // A fresh user: no settings, no data (the first-run note has not been shown).
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        m_docs = QDir(sttest::sourceDir()).filePath(QStringLiteral("docs"));
        QVERIFY(QFileInfo(m_docs + QStringLiteral("/gui.md")).isFile());
    }

    void manualRootIsTheDocsFolder()
    {
        // A test binary carries no :/manual; the checkout's docs/ serves (through SOURCETRACE_SOURCE_DIR or upwards).
        QVERIFY(!QFileInfo::exists(QStringLiteral(":/manual/gui.md")));
        QCOMPARE(QFileInfo(manualRoot()).canonicalFilePath(), QFileInfo(m_docs).canonicalFilePath());
    }

    void everyPageLoadsWithWorkingLinksAndImages()
    {
        ManualBrowser b(m_docs);
        const QStringList pages = b.pages();
        // Every Markdown file of docs/ and docs/results/ is a page, the user's guide first.
        QStringList expected;
        for (const QString &f : QDir(m_docs).entryList({QStringLiteral("*.md")}, QDir::Files))
            expected << f;
        for (const QString &f : QDir(m_docs + QStringLiteral("/results")).entryList({QStringLiteral("*.md")}, QDir::Files))
            expected << QStringLiteral("results/") + f;
        QCOMPARE(QSet<QString>(pages.begin(), pages.end()), QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(pages.first(), QStringLiteral("gui.md"));
        QVERIFY(pages.contains(QStringLiteral("model-card.md")));

        int internalLinks = 0, imagesSeen = 0;
        for (const QString &page : pages) {
            QVERIFY2(b.showPage(page), qPrintable(page));
            QVERIFY2(b.document()->characterCount() > 20, qPrintable(page));
            // Every heading kept its text (Qt's Markdown reader loses text after what it takes for an HTML tag).
            for (QTextBlock blk = b.document()->begin(); blk.isValid(); blk = blk.next())
                if (blk.blockFormat().headingLevel() > 0)
                    QVERIFY2(!blk.text().trimmed().isEmpty(), qPrintable(page + QStringLiteral(": an empty heading after: ")
                                                                         + blk.previous().text().right(60)));
            QStringList links, images;
            linksAndImages(b.document(), &links, &images);
            for (const QString &href : links) {
                const QUrl url = b.source().resolved(QUrl(href));
                if (!url.isLocalFile())
                    continue; // web addresses: refused when clicked (webLinksAreRefused)
                const QString target = QFileInfo(url.toLocalFile()).absoluteFilePath();
                if (!target.startsWith(QFileInfo(m_docs).absoluteFilePath() + QLatin1Char('/')))
                    continue; // outside the manual (a script of the checkout): refused when clicked (outsideFilesAreRefused)
                QVERIFY2(QFileInfo(target).isFile(), qPrintable(page + QStringLiteral(": link to a missing page: ") + href));
                ++internalLinks;
            }
            for (const QString &name : images) {
                const QVariant r = b.document()->resource(QTextDocument::ImageResource, QUrl(name));
                QVERIFY2(r.canConvert<QImage>() && !r.value<QImage>().isNull(),
                         qPrintable(page + QStringLiteral(": image does not load: ") + name));
                QVERIFY(r.value<QImage>().width() <= ManualBrowser::kMaxImageWidth);
                ++imagesSeen;
            }
        }
        // The docs name each other in code spans all over: those are links now, as are the explicit ones.
        QVERIFY2(internalLinks > 40, qPrintable(QString::number(internalLinks)));
        QVERIFY(imagesSeen >= 10);
    }

    void codeSpansNamingPagesBecomeLinks()
    {
        ManualBrowser b(m_docs);
        const QString md = QStringLiteral("See `docs/case-files.md`, `library.md` and `nothing-here.md`.\n"
                                          "```\nsourcetrace `docs/gui.md`\n```\n"
                                          "A link already: [`docs/report.md`](report.md).");
        const QString out = b.linkedMarkdown(QStringLiteral("gui.md"), md);
        QVERIFY(out.contains(QStringLiteral("[`docs/case-files.md`](case-files.md)")));
        QVERIFY(out.contains(QStringLiteral("[`library.md`](library.md)")));
        QVERIFY(out.contains(QStringLiteral(" `nothing-here.md`."))); // not a page: left alone
        QVERIFY(out.contains(QStringLiteral("sourcetrace `docs/gui.md`\n"))); // code block: left alone
        QVERIFY(out.contains(QStringLiteral("[`docs/report.md`](report.md).")));
        QVERIFY(!out.contains(QStringLiteral("[[")));
        // '<' is text outside code, and stays as it is inside code.
        QCOMPARE(b.linkedMarkdown(QStringLiteral("gui.md"), QStringLiteral("as \"Fused: <file name>\" and `<reasons>`")),
                 QStringLiteral("as \"Fused: \\<file name>\" and `<reasons>`"));
        // From a page in results/, the link climbs to the page.
        QCOMPARE(b.linkedMarkdown(QStringLiteral("results/default-model.md"), QStringLiteral("`docs/model-card.md`")),
                 QStringLiteral("[`docs/model-card.md`](../model-card.md)"));
    }

    void webLinksAreRefused()
    {
        ManualBrowser b(m_docs);
        QVERIFY(b.showPage(QStringLiteral("gui.md")));
        const QUrl before = b.source();
        QSignalSpy refused(&b, &ManualBrowser::linkRefused);
        b.setSource(QUrl(QStringLiteral("https://example.org/x")));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(b.source(), before);
        QVERIFY(b.lastRefusal().contains(QStringLiteral("network")));
        QVERIFY(b.lastRefusal().contains(QStringLiteral("https://example.org/x")));
    }

    void outsideFilesAreRefused()
    {
        ManualBrowser b(m_docs);
        QVERIFY(b.showPage(QStringLiteral("gui.md")));
        const QUrl before = b.source();
        b.setSource(QUrl(QStringLiteral("../README.md")));
        QCOMPARE(b.source(), before);
        QVERIFY(b.lastRefusal().contains(QStringLiteral("README.md")));
        QVERIFY(b.lastRefusal().contains(QStringLiteral("not part of the manual")));
        QVERIFY(!b.showPage(QStringLiteral("no-such-page.md")));
        // An internal link is followed.
        b.setSource(QUrl(QStringLiteral("case-files.md")));
        QCOMPARE(QFileInfo(b.source().toLocalFile()).fileName(), QStringLiteral("case-files.md"));
        QVERIFY(b.lastRefusal().isEmpty());
    }

    void fragmentReachesItsHeading()
    {
        ManualBrowser b(m_docs);
        b.resize(800, 500);
        QVERIFY(b.showPage(QStringLiteral("gui.md#playback")));
        QCOMPARE(b.textCursor().block().text(), QStringLiteral("Playback"));
        QVERIFY(b.textCursor().block().blockFormat().headingLevel() > 0);
    }

    void contentsListsEveryPageByTitle()
    {
        ManualBrowser b(m_docs);
        b.showContents();
        const QString text = b.toPlainText();
        QVERIFY(text.contains(QStringLiteral("SourceTrace manual")));
        QVERIFY(text.contains(QStringLiteral("never opens one")));
        for (const QString &page : b.pages()) {
            QVERIFY2(text.contains(b.pageTitle(page)), qPrintable(page));
            QVERIFY2(text.contains(page), qPrintable(page));
        }
        // The title is the page's first heading (read here from the file itself).
        const QString gui = readFile(m_docs + QStringLiteral("/gui.md"));
        QCOMPARE(b.pageTitle(QStringLiteral("gui.md")), gui.section(QLatin1Char('\n'), 0, 0).mid(2).remove(QLatin1Char('`')));
    }

    void firstRunNoteOnceThenFromHelp()
    {
        QVERIFY(!firstRunNoteShown());
        MainWindow w(std::make_unique<FakeAudioOutput>());
        FirstRunNote *note = showFirstRunNoteOnce(&w);
        QVERIFY(note);
        QVERIFY(note->isVisible());
        shot(note, QStringLiteral("first-run-note"));
        const QString text = note->plainText();
        QVERIFY(text.contains(QStringLiteral("never uses the network")));
        const QString settingsFile = appSettings().fileName();
        QVERIFY2(settingsFile.startsWith(QDir(m_tmp.path()).filePath(QStringLiteral("config"))), qPrintable(settingsFile));
        QVERIFY2(text.contains(QDir::toNativeSeparators(settingsFile)), qPrintable(text));
        QVERIFY(text.contains(QDir(m_tmp.path()).filePath(QStringLiteral("data"))));  // the trained-models folder
        QVERIFY(text.contains(QStringLiteral("read-only")));
        note->close();
        // Remembered on disk: a second start does not show it again.
        QVERIFY(QFileInfo(settingsFile).isFile());
        QVERIFY(readFile(settingsFile).contains(QStringLiteral("firstRunNoteShown=true")));
        QVERIFY(!showFirstRunNoteOnce(&w));
        // Help > Privacy and storage shows it at any time.
        QAction *privacy = w.findChild<QAction *>(QStringLiteral("privacyAction"));
        QVERIFY(privacy);
        privacy->trigger();
        bool shown = false;
        for (FirstRunNote *n : w.findChildren<FirstRunNote *>())
            shown = shown || n->isVisible();
        QVERIFY(shown);
    }

    void manualOnF1()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        QVERIFY(w.manualAction());
        QCOMPARE(w.manualAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(!w.manualWindow());
        w.manualAction()->trigger();
        QVERIFY(w.manualWindow());
        QVERIFY(w.manualWindow()->isVisible());
        QCOMPARE(QFileInfo(w.manualWindow()->browser()->root()).canonicalFilePath(), QFileInfo(m_docs).canonicalFilePath());
        QVERIFY(w.manualWindow()->browser()->toPlainText().contains(QStringLiteral("SourceTrace manual")));
        ManualWindow *same = w.showManual(QStringLiteral("case-files.md"));
        QCOMPARE(same, w.manualWindow());
        QCOMPARE(QFileInfo(same->browser()->source().toLocalFile()).fileName(), QStringLiteral("case-files.md"));
        shot(same, QStringLiteral("manual-case-files"));
        QVERIFY(w.showManual(QStringLiteral("gui.md#help-and-start-up")));
        shot(same, QStringLiteral("manual-gui-help"));
        same->browser()->showContents();
        shot(same, QStringLiteral("manual-contents"));
        QVERIFY(w.showManual(QStringLiteral("case-files.md")));
        QVERIFY(same->find(QStringLiteral("audit log")));
        QVERIFY(!same->find(QStringLiteral("zzz no such words zzz")));
        // No other action of the window has F1 (Keyboard shortcuts moved to Ctrl+/).
        for (QAction *a : w.actions())
            if (a != w.manualAction())
                QVERIFY2(a->shortcut() != QKeySequence(QKeySequence::HelpContents), qPrintable(a->text()));
    }

    void aboutNamesModelAndEveryTrainingSource()
    {
        AboutDialog d;
        d.show();
        shot(&d, QStringLiteral("about"));
        if (auto *tabs = d.findChild<QTabWidget *>(QStringLiteral("aboutTabs"))) {
            tabs->setCurrentIndex(1);
            shot(&d, QStringLiteral("about-material"));
        }
        const QString t = d.plainText();
        // The default model, from its manifest.
        const QString manifestPath = QDir(sttest::sourceDir()).filePath(QStringLiteral("models/sourcetrace-default/manifest.json"));
        const QJsonObject m = QJsonDocument::fromJson(readFile(manifestPath).toUtf8()).object();
        QVERIFY(!m.value(QStringLiteral("weightsSha256")).toString().isEmpty());
        QVERIFY(t.contains(QStringLiteral("default model: sourcetrace-default")));
        QVERIFY2(t.contains(m.value(QStringLiteral("weightsSha256")).toString() + QStringLiteral(" (verified)")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("build: ")));
        // Every package the corpus builder installs for its material: the allowed voices and engines, and every data
        // package (scripts/corpus/install.sh's TOOLS and DATA lists).
        const QString install = readFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("scripts/corpus/install.sh")));
        QStringList packages;
        for (const char *list : {"TOOLS", "DATA"}) {
            const QRegularExpression re(QStringLiteral("\\n%1=\\(([^)]*)\\)").arg(QLatin1String(list)));
            const QRegularExpressionMatch mm = re.match(install);
            QVERIFY2(mm.hasMatch(), list);
            for (const QString &p : mm.captured(1).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                if (QByteArray(list) == "DATA" || p.startsWith(QLatin1String("festvox")) || p == QLatin1String("espeak-ng")
                    || p == QLatin1String("flite") || p == QLatin1String("festival") || p == QLatin1String("sptk"))
                    packages << p;
        }
        QVERIFY(packages.size() >= 20);
        for (const QString &p : packages)
            QVERIFY2(t.contains(QRegularExpression(QStringLiteral("(^|[\\s,(])%1([\\s,(:]|$)").arg(QRegularExpression::escape(p)),
                                                   QRegularExpression::MultilineOption)),
                     qPrintable(QStringLiteral("About does not name ") + p));
        // docs/licences.md names every component and every material source of the dialog, with its licence.
        const QString doc = readFile(QDir(m_docs).filePath(QStringLiteral("licences.md")));
        QVERIFY(!doc.isEmpty());
        for (const ComponentLicence &c : componentLicences() + materialLicences()) {
            const QString first = c.component.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char(','));
            QVERIFY2(doc.contains(first), qPrintable(QStringLiteral("docs/licences.md does not name ") + first));
            QVERIFY2(doc.contains(c.licence.section(QLatin1Char(' '), 0, 0)), qPrintable(c.licence));
        }
    }
};

QTEST_MAIN(TestUiHelp)
#include "tst_ui_help.moc"
