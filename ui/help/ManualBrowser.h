#pragma once
// Help › Manual (F1): the project's documentation (docs/*.md, docs/results/*.md and docs/images/) shown offline in a
// QTextBrowser, rendered from Markdown by QTextDocument. The sourcetrace executable carries the pages as the Qt
// resource :/manual (app/CMakeLists.txt); without it (tests, a build without the resource) a docs folder on disk
// serves (manualRoot()). Nothing is ever fetched from the network: a link to a web address or to a file outside
// the manual is not followed, and the window says so instead (docs/gui.md, "Help").
#include <QStringList>
#include <QTextBrowser>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace st {

/// The folder the manual is read from: ":/manual" when the program carries the resource, else the first docs folder
/// found on disk (<prefix>/share/doc/sourcetrace/docs, a checkout's docs/ beside or above the executable, or
/// $SOURCETRACE_SOURCE_DIR/docs); empty when there is none.
QString manualRoot();

/// A QTextBrowser over one manual folder (":/manual" or a docs folder on disk).
class ManualBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ManualBrowser(const QString &root, QWidget *parent = nullptr);

    QString root() const { return m_root; }
    /// The manual's pages relative to the root ("gui.md", "results/default-model.md"), in reading order: the
    /// user's pages first (kPageOrder in the .cpp), then the others by name.
    QStringList pages() const;
    /// The title of a page: its first Markdown heading, else its file name.
    QString pageTitle(const QString &page) const;
    /// The URL of a page of the manual (qrc: or file:).
    QUrl pageUrl(const QString &page) const;
    /// Shows the contents page (a list of every page with its title).
    void showContents();
    /// Shows a page ("gui.md", "gui.md#playback"); false when it is not part of the manual.
    bool showPage(const QString &page);
    /// What the last refused link was and why (empty when none was refused).
    QString lastRefusal() const { return m_refusal; }
    /// The widest image shown; wider screenshots are scaled down to it.
    static constexpr int kMaxImageWidth = 900;

    /// The page's Markdown as shown: every code span that names a page of the manual (`docs/gui.md`, `library.md`)
    /// made a link to it, relative to `page`; every '<' outside code escaped (the docs hold no HTML, and Qt would
    /// read "<file name>" as a tag and lose the text after it).
    QString linkedMarkdown(const QString &page, const QString &markdown) const;

    /// The manual's files: Markdown pages with their code-span links, images scaled to kMaxImageWidth, the contents
    /// page; nothing outside the root (an empty QVariant).
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    /// A link that is not followed: its address and the reason, in words.
    void linkRefused(const QUrl &url, const QString &reason);

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;

private:
    QString localPath(const QUrl &url) const; ///< the file a qrc:/file: URL names, or empty
    bool inManual(const QString &path) const;
    void scrollToHeading(const QString &fragment);

    QString m_root;
    QString m_refusal;
};

/// The manual's window: Back, Forward, Contents, a search field, the browser and a line that says why a link was
/// not followed. One per main window; Help › Manual raises it.
class ManualWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ManualWindow(const QString &root, QWidget *parent = nullptr);
    ManualBrowser *browser() const { return m_browser; }
    /// Finds the next occurrence of text (from the cursor; wraps once); false when there is none.
    bool find(const QString &text);

private:
    ManualBrowser *m_browser = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace st
