#include "jobs/ConsoleProgress.h"

#include "jobs/JobManager.h"

#include <QCoreApplication>

#include <unistd.h>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::ConsoleProgress)
};
} // namespace

namespace {
FILE *g_defaultStream = nullptr;
}

void ConsoleProgress::setDefaultStream(FILE *out) { g_defaultStream = out; }
FILE *ConsoleProgress::defaultStream() { return g_defaultStream ? g_defaultStream : stderr; }

ConsoleProgress::ConsoleProgress(JobManager *manager, FILE *out, QObject *parent)
    : QObject(parent), m_manager(manager), m_out(out ? out : defaultStream()), m_tty(isatty(fileno(m_out)) != 0)
{
    connect(manager, &JobManager::jobProgress, this, &ConsoleProgress::onProgress);
    connect(manager, &JobManager::jobFinished, this, &ConsoleProgress::onFinished);
    m_lastDraw.start();
    m_created.start();
}

QString ConsoleProgress::renderBar(double fraction, int width)
{
    fraction = qBound(0.0, fraction, 1.0);
    const int filled = int(fraction * width + 0.5);
    QString bar = QStringLiteral("[");
    bar += QString(filled, QLatin1Char('#'));
    bar += QString(width - filled, QLatin1Char('.'));
    bar += QStringLiteral("] %1%").arg(int(fraction * 100.0 + 1e-9), 3);
    return bar;
}

void ConsoleProgress::onProgress(int id, double fraction, const QString &stage)
{
    if (!m_enabled)
        return;
    if (m_deferMs > 0 && !m_drawn && m_created.elapsed() < m_deferMs)
        return;
    m_drawn = true;
    JobPtr job = m_manager->job(id);
    const QString desc = job ? job->description() : Text::tr("job %1").arg(id);
    QString line = renderBar(fraction) + QStringLiteral("  ") + desc;
    if (!stage.isEmpty())
        line += QStringLiteral(" (%1)").arg(stage);
    if (m_tty) {
        if (m_lastDraw.elapsed() < 100 && fraction < 1.0)
            return;
        m_lastDraw.restart();
        std::fprintf(m_out, "\r%-100s", line.left(100).toLocal8Bit().constData());
    } else {
        const int decile = int(fraction * 10.0);
        if (m_lastDecile.value(id, -1) >= decile)
            return;
        m_lastDecile[id] = decile;
        std::fprintf(m_out, "%s\n", line.toLocal8Bit().constData());
    }
    std::fflush(m_out);
}

void ConsoleProgress::onFinished(int id, int state, const QString &error)
{
    m_lastDecile.remove(id);
    if (!m_enabled)
        return;
    if (m_tty && m_drawn)
        std::fprintf(m_out, "\r%-100s\r", "");
    if (JobState(state) == JobState::Failed && !error.isEmpty())
        std::fprintf(m_out, "sourcetrace-cli: %s\n", error.toLocal8Bit().constData());
    std::fflush(m_out);
}

} // namespace st
