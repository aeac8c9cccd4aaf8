#pragma once
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <cstdio>

namespace st {

class JobManager;

/// A progress bar on stderr for the CLI, driven by a JobManager's signals: one line, redrawn in
/// place when stderr is a terminal, a line per 10 % otherwise (logs stay readable).
class ConsoleProgress : public QObject
{
    Q_OBJECT
public:
    /// `out` null: defaultStream() (stderr unless a program set another).
    explicit ConsoleProgress(JobManager *manager, FILE *out = nullptr, QObject *parent = nullptr);
    /// Where bars go by default; sourcetrace-cli points it at the real stderr while it prefixes what
    /// libraries write to file descriptor 2.
    static void setDefaultStream(FILE *out);
    static FILE *defaultStream();
    void setEnabled(bool on) { m_enabled = on; }
    /// Draws nothing until the work has run for `ms` milliseconds: one short item stays quiet, one
    /// long recording (a two-hour timeline) still shows how far it is.
    void setDeferred(int ms) { m_deferMs = ms; }

    /// Renders a bar like "[#######.......]  45%  description (stage)" of `width` characters.
    static QString renderBar(double fraction, int width = 30);

private:
    void onProgress(int id, double fraction, const QString &stage);
    void onFinished(int id, int state, const QString &error);

    JobManager *m_manager;
    FILE *m_out;
    bool m_tty;
    bool m_enabled = true;
    QHash<int, int> m_lastDecile;
    QElapsedTimer m_lastDraw;
    QElapsedTimer m_created;
    int m_deferMs = 0;
    bool m_drawn = false;
};

} // namespace st
