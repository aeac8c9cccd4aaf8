#include "help/ManualBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace st {

namespace {

/// The pages an examiner reads first, in this order; every other page follows by name.
const char *const kPageOrder[] = {
    "gui.md",        "desktop.md",   "case-files.md", "annotations.md", "report.md",     "analysis.md",
    "quality.md",    "model-card.md", "models.md",    "library.md",     "explanations.md", "evaluation.md",
    "evaluation-lab.md", "protocols.md", "training.md", "corpus.md",    "audio.md",      "spectrogram.md",
    "aasist.md",     "reliability.md", "architecture.md", "licences.md",
};

/// The virtual contents page (generated, not a file).
const QString kContents = QStringLiteral("contents.html");

/// A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens.
QString slug(const QString &heading)
{
    QString s;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            s += c;
        else if (c.isSpace())
            s += QLatin1Char('-');
    }
    return s;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

QString manualRoot()
{
    if (QFileInfo::exists(QStringLiteral(":/manual/gui.md")))
        return QStringLiteral(":/manual");
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        candidates << app + QStringLiteral("/../share/doc/sourcetrace/docs") << app + QStringLiteral("/../docs")
                   << app + QStringLiteral("/../../docs") << app + QStringLiteral("/../../../docs");
    }
    const QString src = qEnvironmentVariable("SOURCETRACE_SOURCE_DIR");
    if (!src.isEmpty())
        candidates << src + QStringLiteral("/docs");
    for (const QString &c : candidates)
        if (QFileInfo(c + QStringLiteral("/gui.md")).isFile())
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    return {};
}

ManualBrowser::ManualBrowser(const QString &root, QWidget *parent)
    : QTextBrowser(parent), m_root(QDir::cleanPath(root))
{
    setObjectName(QStringLiteral("manualBrowser"));
    setOpenExternalLinks(false);
    setOpenLinks(true);
}

QStringList ManualBrowser::pages() const
{
    QStringList found;
    QDirIterator it(m_root, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(m_root).relativeFilePath(it.next());
    found.sort();
    QStringList ordered;
    for (const char *p : kPageOrder)
        if (found.removeOne(QString::fromLatin1(p)))
            ordered << QString::fromLatin1(p);
    // Top-level pages before the results/ pages.
    std::stable_sort(found.begin(), found.end(),
                     [](const QString &a, const QString &b) { return a.count(QLatin1Char('/')) < b.count(QLatin1Char('/')); });
    return ordered + found;
}

QString ManualBrowser::pageTitle(const QString &page) const
{
    const QString text = readText(m_root + QLatin1Char('/') + page);
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.+?)\\s*#*\\s*$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = heading.match(text);
    QString title = m.hasMatch() ? m.captured(1) : QFileInfo(page).completeBaseName();
    title.remove(QLatin1Char('`'));
    return title;
}

QUrl ManualBrowser::pageUrl(const QString &page) const
{
    const QString path = m_root + QLatin1Char('/') + page;
    if (m_root.startsWith(QLatin1Char(':')))
        return QUrl(QStringLiteral("qrc") + path);
    return QUrl::fromLocalFile(path);
}

void ManualBrowser::showContents() { setSource(pageUrl(kContents), QTextDocument::HtmlResource); }

bool ManualBrowser::showPage(const QString &page)
{
    const QString file = page.section(QLatin1Char('#'), 0, 0);
    if (file != kContents && !QFileInfo(m_root + QLatin1Char('/') + file).isFile())
        return false;
    QUrl url = pageUrl(file);
    if (page.contains(QLatin1Char('#')))
        url.setFragment(page.section(QLatin1Char('#'), 1));
    setSource(url);
    return true;
}

QString ManualBrowser::localPath(const QUrl &url) const
{
    if (url.scheme() == QLatin1String("qrc"))
        return QDir::cleanPath(QLatin1Char(':') + url.path());
    if (url.isLocalFile())
        return QDir::cleanPath(url.toLocalFile());
    return {};
}

bool ManualBrowser::inManual(const QString &path) const
{
    if (path.isEmpty() || !(path == m_root || path.startsWith(m_root + QLatin1Char('/'))))
        return false;
    return path == m_root + QLatin1Char('/') + kContents || QFileInfo(path).isFile();
}

QString ManualBrowser::linkedMarkdown(const QString &page, const QString &markdown) const
{
    // `docs/x.md`, `x.md` or `results/x.md` in a code span (not already a link's text) naming a page of the manual.
    static const QRegularExpression span(QStringLiteral("(?<!\\[)`(docs/)?([A-Za-z0-9_./-]+\\.md)`(?!\\])"));
    const QDir pageDir(QFileInfo(m_root + QLatin1Char('/') + page).absolutePath());
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool fenced = false;
    for (QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        // The docs hold no HTML: a '<' outside code is text ("Fused: <file name>"), which Qt's Markdown reader would
        // otherwise take for a tag and swallow the text after it, headings included.
        if (line.contains(QLatin1Char('<'))) {
            QStringList parts = line.split(QLatin1Char('`'));
            for (int i = 0; i < parts.size(); i += 2)
                parts[i].replace(QLatin1Char('<'), QLatin1String("\\<"));
            line = parts.join(QLatin1Char('`'));
        }
        if (!line.contains(QLatin1String(".md`")))
            continue;
        QString out;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = span.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(2);
            QString target;
            if (!m.captured(1).isEmpty())
                target = m_root + QLatin1Char('/') + name;
            else if (QFileInfo(pageDir.filePath(name)).isFile())
                target = pageDir.filePath(name);
            else
                target = m_root + QLatin1Char('/') + name;
            target = QDir::cleanPath(target);
            if (!inManual(target))
                continue;
            out += line.mid(last, m.capturedStart() - last);
            out += QStringLiteral("[%1](%2)").arg(m.captured(0), pageDir.relativeFilePath(target));
            last = m.capturedEnd();
        }
        if (last > 0)
            line = out + line.mid(last);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ManualBrowser::loadResource(int type, const QUrl &name)
{
    const QUrl url = name.isRelative() ? source().resolved(name) : name;
    const QString path = localPath(url);
    if (!inManual(path))
        return {};
    if (path == m_root + QLatin1Char('/') + kContents) {
        QString html = QStringLiteral("<h1>%1</h1><p>%2</p><ul>")
                           .arg(tr("SourceTrace manual").toHtmlEscaped(),
                                tr("The project's documentation, carried by the program: it works without a network, "
                                   "and SourceTrace never opens one. F1 opens this window; Back and Forward "
                                   "(Alt+Left, Alt+Right) move through the pages read.")
                                    .toHtmlEscaped());
        for (const QString &p : pages())
            html += QStringLiteral("<li><a href=\"%1\">%2</a> <span style=\"color:gray\">(%3)</span></li>")
                        .arg(p.toHtmlEscaped(), pageTitle(p).toHtmlEscaped(), p.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        return html;
    }
    if (type == QTextDocument::MarkdownResource || path.endsWith(QLatin1String(".md"))) {
        const QString page = QDir(m_root).relativeFilePath(path);
        return linkedMarkdown(page, readText(path));
    }
    if (type == QTextDocument::ImageResource) {
        QImage image(path);
        if (image.isNull())
            return {};
        if (image.width() > kMaxImageWidth)
            image = image.scaledToWidth(kMaxImageWidth, Qt::SmoothTransformation);
        return image;
    }
    return QTextBrowser::loadResource(type, url);
}

void ManualBrowser::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    const QUrl url = name.isRelative() && source().isValid() ? source().resolved(name) : name;
    const QString path = localPath(url);
    if (!inManual(path)) {
        const bool web = !url.scheme().isEmpty() && url.scheme() != QLatin1String("file") && url.scheme() != QLatin1String("qrc");
        m_refusal = web ? tr("%1 is a network address: SourceTrace never opens the network, so the manual does not follow it.")
                              .arg(url.toString())
                        : tr("%1 is not part of the manual (a file of the source tree or of the system).")
                              .arg(path.isEmpty() ? url.toString() : QDir::toNativeSeparators(path));
        emit linkRefused(url, m_refusal);
        return;
    }
    m_refusal.clear();
    if (type == QTextDocument::UnknownResource)
        type = path.endsWith(QLatin1String(".md")) ? QTextDocument::MarkdownResource : QTextDocument::HtmlResource;
    QTextBrowser::doSetSource(url, type);
    if (!url.fragment().isEmpty())
        scrollToHeading(url.fragment());
}

void ManualBrowser::scrollToHeading(const QString &fragment)
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0 && slug(b.text()) == fragment) {
            QTextCursor c(b);
            setTextCursor(c);
            verticalScrollBar()->setValue(int(document()->documentLayout()->blockBoundingRect(b).top()));
            return;
        }
    }
}

ManualWindow::ManualWindow(const QString &root, QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("SourceTrace manual"));
    m_browser = new ManualBrowser(root, this);
    auto *bar = new QToolBar(this);
    QAction *back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = bar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    QAction *contents = bar->addAction(tr("Contents"), m_browser, &ManualBrowser::showContents);
    contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    bar->addSeparator();
    m_find = new QLineEdit;
    m_find->setObjectName(QStringLiteral("manualFind"));
    m_find->setPlaceholderText(tr("Find in page (Enter: next)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(320);
    bar->addWidget(m_find);
    QAction *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_find, [this]() {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(findAction);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("manualNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    connect(m_find, &QLineEdit::returnPressed, this, [this]() {
        if (!m_find->text().isEmpty() && !find(m_find->text())) {
            m_note->setText(tr("\"%1\" is not on this page.").arg(m_find->text()));
            m_note->show();
        }
    });
    connect(m_browser, &ManualBrowser::linkRefused, this, [this](const QUrl &, const QString &reason) {
        m_note->setText(reason);
        m_note->show();
    });
    connect(m_browser, &QTextBrowser::sourceChanged, m_note, &QLabel::hide);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(bar);
    v->addWidget(m_browser, 1);
    v->addWidget(m_note);
    QSize size(1000, 720);
    if (const QScreen *s = QGuiApplication::primaryScreen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(40, 80));
    resize(size);
    if (root.isEmpty())
        m_browser->setPlainText(tr("This build carries no manual, and no docs folder was found beside the program."));
    else
        m_browser->showContents();
}

bool ManualWindow::find(const QString &text)
{
    if (m_browser->find(text))
        return true;
    QTextCursor c = m_browser->textCursor();
    c.movePosition(QTextCursor::Start);
    m_browser->setTextCursor(c);
    return m_browser->find(text);
}

} // namespace st
