#pragma once
// The first-run note: once, at the first start of the GUI (remembered in the settings), a short note that
// SourceTrace never uses the network and what it stores where, with this machine's actual paths. Help › Privacy and
// storage shows it again at any time (docs/gui.md, "Help").
#include <QDialog>
#include <QString>

namespace st {

/// The note as HTML: no network; evidence opened read-only; the settings file, the folder of trained models and
/// the demo clip's temporary copy with their paths on this machine; everything else only where the user saves it.
QString firstRunNoteHtml();

/// The settings key that remembers that the note was shown ("help/firstRunNoteShown").
QString firstRunNoteKey();
bool firstRunNoteShown();
void setFirstRunNoteShown(bool shown);

class FirstRunNote : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunNote(QWidget *parent = nullptr);
    /// The note's text as shown (plain text, for tests).
    QString plainText() const;

private:
    QString m_html;
};

/// At the first start: shows the note (non-modal, over parent) and remembers that it was shown; returns it (it
/// deletes itself when closed). Returns nullptr when it was shown before.
FirstRunNote *showFirstRunNoteOnce(QWidget *parent);

} // namespace st
