#include "view/ViewExporter.h"

#include "view/Pane.h"
#include "common/Theme.h"
#include "view/TimeRuler.h"
#include "view/ViewState.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QThread>

namespace st {

namespace {
/// The translation context of this file's texts (no QObject here to give them one).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::ViewExporter)
};
} // namespace

namespace {
constexpr int kTitleHeight = 22;
}

ViewExporter::ViewExporter(const ViewState &view, const QList<Pane *> &panes, const QString &title)
    : m_view(view), m_panes(panes), m_title(title)
{
}

QSize ViewExporter::size() const
{
    int w = 0, h = kTitleHeight + TimeRuler::kHeight;
    for (Pane *p : m_panes) {
        w = std::max(w, p->width());
        h += p->height();
    }
    w = std::max(w, 1);
    if (m_stamp)
        h += m_stamp->captionHeight(w);
    return QSize(w, h);
}

void ViewExporter::render(QPainter &p) const
{
    const QSize s = size();
    p.fillRect(QRect(QPoint(0, 0), s), Theme::panelBackground());
    QFont f = p.font();
    f.setPointSizeF(9);
    p.setFont(f);
    p.setPen(Theme::axisText());
    p.drawText(QRect(8, 0, s.width() - 16, kTitleHeight), Qt::AlignVCenter | Qt::AlignLeft, m_title);
    const QRect ruler(0, kTitleHeight, s.width(), TimeRuler::kHeight);
    TimeRuler::paint(p, Pane::dataRectFor(ruler), m_view);
    int y = kTitleHeight + TimeRuler::kHeight;
    for (Pane *pane : m_panes) {
        const QRect r(0, y, pane->width(), pane->height());
        p.save();
        p.setClipRect(r);
        pane->render(p, r, true);
        p.restore();
        y += pane->height();
    }
    if (m_stamp)
        m_stamp->paintCaption(p, QRect(0, y, s.width(), s.height() - y));
}

bool ViewExporter::waitUntilComplete(int msecs) const
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        // Painting is what asks the layers for their visible data.
        QImage scratch(size(), QImage::Format_RGB32);
        {
            QPainter p(&scratch);
            render(p);
        }
        bool done = true;
        for (Pane *pane : m_panes)
            done = done && pane->isComplete();
        if (done)
            return true;
        if (t.elapsed() > msecs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
}

void ViewExporter::exportPng(const QString &path) const
{
    QImage img(size(), QImage::Format_RGB32);
    {
        QPainter p(&img);
        render(p);
    }
    if (m_stamp)
        m_stamp->applyTo(img);
    if (!img.save(path, "PNG"))
        throw Error(path, Text::tr("could not write the PNG image (check the folder exists and is writable)"));
}

void ViewExporter::exportSvg(const QString &path) const
{
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(size());
    gen.setViewBox(QRect(QPoint(0, 0), size()));
    gen.setTitle(m_title);
    gen.setDescription(m_stamp ? m_stamp->lines().join(QLatin1Char('\n')) : QStringLiteral("SourceTrace view export"));
    QPainter p;
    if (!p.begin(&gen))
        throw Error(path, Text::tr("could not write the SVG file (check the folder exists and is writable)"));
    render(p);
    p.end();
    if (m_stamp)
        m_stamp->insertSvgMetadata(path);
}

} // namespace st
