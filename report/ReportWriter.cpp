#include "report/ReportWriter.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace st {

namespace {
/// The translation context of this file's texts (no QObject here to give them one).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::CaseReport)
};
} // namespace

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 18, kHeaderMm = 20, kFooterMm = 18;

int mm(double v) { return int(v / 25.4 * kDpi + 0.5); }

QSize a4Pixels()
{
    const QSizeF s = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return {mm(s.width()), mm(s.height())};
}

} // namespace

int reportPdfBodyWidth()
{
    // QTextDocument scales an image's width from 96 dpi to the writer's resolution.
    return (a4Pixels().width() - 2 * mm(kMarginMm)) * 96 / kDpi;
}

int writeReportPdf(const ReportContent &content, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("SourceTrace"));

    const QSize page = a4Pixels();
    const int left = mm(kMarginMm), top = mm(kHeaderMm);
    const QSizeF body(page.width() - 2 * left, page.height() - top - mm(kFooterMm));

    QPainter p;
    if (!p.begin(&writer))
        throw Error(path, Text::tr("cannot be written (the PDF writer could not open it)"));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9);
    // A letter spacing turns the shaper's ligatures off, so "fi" stays two letters: a search of the PDF for
    // "verified" or "file" finds them (pdftotext, a reader's Find).
    base.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    doc.setDefaultFont(base);
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(wrap);
    for (const auto &[name, image] : content.figures)
        doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    doc.setDocumentMargin(0);
    doc.setPageSize(body);
    doc.setHtml(content.html);
    doc.setPageSize(body);

    const int pages = doc.pageCount();
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        // Header: the report's title and a rule.
        p.setFont(small);
        p.setPen(QColor(60, 60, 60));
        const int headerBase = top - mm(5);
        p.drawText(QRect(left, headerBase - mm(6), int(body.width()), mm(6)), Qt::AlignLeft | Qt::AlignBottom, content.title);
        p.drawText(QRect(left, headerBase - mm(6), int(body.width()), mm(6)), Qt::AlignRight | Qt::AlignBottom,
                   QStringLiteral("SourceTrace"));
        p.setPen(QPen(QColor(120, 120, 120), 2));
        p.drawLine(left, headerBase + mm(1), left + int(body.width()), headerBase + mm(1));
        // The page's part of the document.
        p.save();
        p.translate(left, top - i * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, i * body.height(), body.width(), body.height());
        ctx.palette.setColor(QPalette::Text, Qt::black);
        p.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&p, ctx);
        p.restore();
        // Footer: the case and the page number.
        const int footerTop = top + int(body.height()) + mm(4);
        p.setPen(QPen(QColor(120, 120, 120), 2));
        p.drawLine(left, footerTop, left + int(body.width()), footerTop);
        p.setFont(small);
        p.setPen(QColor(60, 60, 60));
        p.drawText(QRect(left, footerTop + mm(1), int(body.width()), mm(6)), Qt::AlignLeft | Qt::AlignTop, content.footer);
        p.drawText(QRect(left, footerTop + mm(1), int(body.width()), mm(6)), Qt::AlignRight | Qt::AlignTop,
                   QStringLiteral("page %1 of %2").arg(i + 1).arg(pages));
    }
    if (!p.end())
        throw Error(path, Text::tr("the PDF could not be completed"));
    const QFileInfo fi(path);
    if (!fi.exists() || fi.size() == 0)
        throw Error(path, Text::tr("the PDF writer left no file (is the folder writable, is the disk full?)"));
    return pages;
}

void writeReportHtml(const ReportContent &content, const QString &path)
{
    QString html = content.html;
    for (const auto &[name, image] : content.figures) {
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        if (!image.save(&buf, "PNG"))
            throw Error(path, Text::tr("figure %1 could not be encoded as PNG").arg(name));
        html.replace(QStringLiteral("src=\"%1\"").arg(name),
                     QStringLiteral("style=\"max-width:100%; height:auto\" src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.toBase64())));
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(path, Text::tr("cannot be written: %1").arg(f.errorString()));
    const QByteArray bytes = html.toUtf8();
    if (f.write(bytes) != bytes.size() || !f.flush())
        throw Error(path, Text::tr("could not be written completely: %1").arg(f.errorString()));
    f.close();
}

} // namespace st
