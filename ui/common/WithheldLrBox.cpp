#include "common/WithheldLrBox.h"

#include "common/Theme.h"

namespace st {

WithheldLrBox::WithheldLrBox(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("withheldLrBox"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QColor bg = Theme::warningBackground(), fg = Theme::warningText(), edge = Theme::warningEdge();
    setStyleSheet(QStringLiteral("QLabel#withheldLrBox { background: rgba(%1, %2, %3, %4); color: %5; border: 1px solid %6;"
                                 " border-left: 4px solid %6; border-radius: 3px; padding: 6px; }")
                      .arg(bg.red())
                      .arg(bg.green())
                      .arg(bg.blue())
                      .arg(bg.alpha())
                      .arg(fg.name(), edge.name()));
    hide();
}

void WithheldLrBox::clear() { setReasons({}, {}); }

void WithheldLrBox::setReasons(const QString &intro, const QStringList &reasons)
{
    m_reasons = reasons;
    if (reasons.isEmpty()) {
        m_plain.clear();
        QLabel::clear();
        hide();
        return;
    }
    const QString title = tr("Likelihood ratio withheld");
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!intro.isEmpty())
        html += QStringLiteral("<br>%1").arg(intro.toHtmlEscaped());
    // A bullet column with hanging text (a <ul> indents by 40 px, too much for a dock).
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" style=\"margin-top: 4px;\">");
    for (const QString &r : reasons)
        html += QStringLiteral("<tr><td width=\"14\">•</td><td>%1</td></tr>").arg(r.toHtmlEscaped());
    html += QStringLiteral("</table>");
    setText(html);
    m_plain = title + QLatin1Char('\n') + (intro.isEmpty() ? QString() : intro + QLatin1Char('\n')) + reasons.join(QLatin1Char('\n'));
    setToolTip(m_plain);
    show();
}

} // namespace st
