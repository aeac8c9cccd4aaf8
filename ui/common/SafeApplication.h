#pragma once
// The GUI's application object: no exception ever leaves an event handler, a slot or a paint event.
// Qt does not support exceptions through its event loop (one reaching it aborts the process with
// "terminate called after throwing an instance of 'st::Error'"), so notify() catches what a handler
// let through, reports it (stderr and a non-modal message box, queued), and the GUI keeps running.
// Handlers are still expected to catch their own errors: this is the last line of defence.
#include <QApplication>
#include <QString>

namespace st {

class SafeApplication : public QApplication
{
    Q_OBJECT
public:
    SafeApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

    /// Errors caught by notify() so far (tests read it).
    int caughtErrors() const { return m_caught; }
    QString lastCaughtError() const { return m_last; }
    /// Whether a caught error is also shown in a message box (off for tests and --screenshot).
    void setShowDialogs(bool on) { m_dialogs = on; }

signals:
    void errorCaught(const QString &message);

private:
    void report(const QString &message);
    int m_caught = 0;
    QString m_last;
    bool m_dialogs = true;
    bool m_showing = false;
};

} // namespace st
