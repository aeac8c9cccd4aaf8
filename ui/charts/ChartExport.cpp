#include "charts/ChartExport.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace st {

namespace {
/// The translation context of this file's texts (no QObject here to give them one).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::ChartExport)
};
} // namespace

namespace {

QSize exportSize(QWidget *w, QSize size)
{
    if (size.isValid() && !size.isEmpty())
        return size;
    if (w->testAttribute(Qt::WA_WState_Created) && w->isVisible() && w->width() > 50 && w->height() > 50)
        return w->size();
    return ChartExport::defaultExportSize();
}

/// Resizes the widget for the export and puts it back afterwards.
class SizeGuard
{
public:
    SizeGuard(QWidget *w, QSize size) : m_w(w), m_old(w->size())
    {
        if (m_w->size() != size)
            m_w->resize(size);
        m_w->ensurePolished();
    }
    ~SizeGuard()
    {
        if (m_w->size() != m_old)
            m_w->resize(m_old);
    }

private:
    QWidget *m_w;
    QSize m_old;
};

} // namespace

void ChartExport::savePng(const QString &path, QSize size)
{
    QWidget *w = exportWidget();
    size = exportSize(w, size);
    SizeGuard guard(w, size);
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        w->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !img.save(&f, "PNG") || !f.commit())
        throw Error(path, Text::tr("cannot write the PNG image: %1").arg(f.errorString()));
}

void ChartExport::saveSvg(const QString &path, QSize size, const QString &title)
{
    QWidget *w = exportWidget();
    size = exportSize(w, size);
    SizeGuard guard(w, size);
    {
        // QSvgGenerator reports no errors itself: check that the file can be written first.
        QSaveFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw Error(path, Text::tr("cannot write the SVG image: %1").arg(probe.errorString()));
        probe.cancelWriting();
    }
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(size);
    gen.setViewBox(QRect(QPoint(0, 0), size));
    gen.setTitle(title.isEmpty() ? w->windowTitle() : title);
    gen.setDescription(QStringLiteral("SourceTrace evaluation plot"));
    {
        QPainter p(&gen);
        w->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        throw Error(path, Text::tr("the SVG image was not written"));
}

void ChartExport::saveCsv(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot write the CSV file: %1").arg(f.errorString()));
    f.write(csv().toUtf8());
    if (!f.commit())
        throw Error(path, Text::tr("cannot write the CSV file: %1").arg(f.errorString()));
}

void ChartExport::saveByExtension(const QString &path, QSize size)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("png"))
        savePng(path, size);
    else if (ext == QLatin1String("svg"))
        saveSvg(path, size);
    else if (ext == QLatin1String("csv"))
        saveCsv(path);
    else
        throw Error(path, Text::tr("unknown export format '.%1' (use .png, .svg or .csv)").arg(ext));
}

} // namespace st
