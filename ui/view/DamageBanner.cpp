#include "view/DamageBanner.h"

#include "common/Theme.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QRect>

namespace st {

void paintDamageBanner(QPainter &p, const QRect &r, const QString &message)
{
    if (message.isEmpty() || r.width() < 40 || r.height() < 16)
        return;
    p.save();
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    const QFontMetrics fm(f);
    const QString text = QCoreApplication::translate("st::DamageBanner", "Damaged evidence — what is drawn is incomplete: %1").arg(message);
    const int h = fm.height() + 8;
    const QRect band(r.left(), r.top(), r.width(), h);
    p.fillRect(band, Theme::warningBackground());
    p.setPen(Theme::warningText());
    p.drawText(band.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(text, Qt::ElideMiddle, band.width() - 16));
    p.restore();
}

} // namespace st
