#include "tracing/TracePanel.h"
#include "common/LocaleFormat.h"

#include "tracing/LibrarySourceModel.h"
#include "common/Theme.h"
#include "tracing/TraceTask.h"
#include "common/WithheldLrBox.h"

#include <QLocale>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include "eval/LinearCalibration.h"

#include <QLabel>
#include <cmath>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace st {

namespace {
constexpr int kBarRole = Qt::UserRole + 10;       // fraction in [0, 1] of the bar
constexpr int kThresholdRole = Qt::UserRole + 11; // fraction of the threshold mark, or < 0
constexpr int kPassRole = Qt::UserRole + 12;      // above the threshold (or no threshold)

// Paints the score column as a bar under the number.
class ScoreBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &opt, const QModelIndex &index) const override
    {
        const QVariant bar = index.data(kBarRole);
        if (bar.isValid()) {
            const QRect r = opt.rect.adjusted(2, 3, -2, -3);
            const double f = std::clamp(bar.toDouble(), 0.0, 1.0);
            p->fillRect(QRect(r.left(), r.top(), int(r.width() * f), r.height()),
                        index.data(kPassRole).toBool() ? QColor(0x3f, 0x8f, 0x78) : QColor(0x8f, 0x4a, 0x3f));
            const double t = index.data(kThresholdRole).toDouble();
            if (t >= 0) {
                // The threshold as two ticks at the cell's top and bottom edges: a line through the cell would
                // strike through the number (a minus sign under it read as none).
                p->setPen(QPen(QColor(0xd0, 0xd6, 0xe0), 2));
                const int x = r.left() + int(r.width() * std::clamp(t, 0.0, 1.0));
                const int tick = std::max(2, opt.rect.height() / 6);
                p->drawLine(x, opt.rect.top(), x, opt.rect.top() + tick);
                p->drawLine(x, opt.rect.bottom() - tick, x, opt.rect.bottom());
            }
        }
        QStyledItemDelegate::paint(p, opt, index);
    }
};
} // namespace

TracePanel::TracePanel(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    auto *h = new QHBoxLayout;
    h->addWidget(new QLabel(tr("Back-end")));
    m_backend = new QComboBox;
    m_backend->addItem(tr("cosine"), QStringLiteral("cosine"));
    m_backend->addItem(tr("Mahalanobis"), QStringLiteral("mahalanobis"));
    m_backend->addItem(tr("kNN (k = 7)"), QStringLiteral("knn"));
    // Trained back-ends: the fit stored with the library by `library fit-backend` (refused when absent or stale).
    m_backend->addItem(tr("MLP (trained)"), QStringLiteral("mlp"));
    m_backend->addItem(tr("Siamese, BCE (trained)"), QStringLiteral("siamese-ce"));
    m_backend->addItem(tr("Siamese, contrastive (trained)"), QStringLiteral("siamese-cl"));
    m_backend->addItem(tr("Siamese, zero-shot (trained)"), QStringLiteral("siamese-zs"));
    // The longest back-end name must not set the dock's minimum width (the panel would scroll sideways).
    m_backend->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_backend->setMinimumContentsLength(10);
    h->addWidget(m_backend, 1);
    m_trace = new QPushButton(tr("Trace"));
    h->addWidget(m_trace);
    v->addLayout(h);
    // The texts (status, withheld box, the LR of each level) and the ranked list share the height in a splitter, the
    // texts scrolling in their own area: on a 1366x768 screen neither pushes the other out of the dock.
    auto *texts = new QWidget;
    auto *tv = new QVBoxLayout(texts);
    tv->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tv->addWidget(m_status);
    m_withheld = new WithheldLrBox;
    tv->addWidget(m_withheld);
    m_levelLrs = new QLabel;
    m_levelLrs->setObjectName(QStringLiteral("levelLrs"));
    m_levelLrs->setWordWrap(true);
    m_levelLrs->setTextFormat(Qt::RichText);
    m_levelLrs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_levelLrs->hide();
    tv->addWidget(m_levelLrs);
    tv->addStretch(1);
    auto *textArea = new QScrollArea;
    textArea->setObjectName(QStringLiteral("traceTexts"));
    textArea->setWidget(texts);
    textArea->setWidgetResizable(true);
    textArea->setFrameShape(QFrame::NoFrame);
    textArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree = new QTreeWidget;
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Level / candidate"), tr("Score")});
    m_tree->setItemDelegateForColumn(1, new ScoreBarDelegate(m_tree));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_tree->header()->resizeSection(1, 110);
    m_tree->setRootIsDecorated(true);
    // Six rows of the list stay in view whatever the texts above need.
    m_tree->setMinimumHeight(m_tree->header()->sizeHint().height() + 6 * (m_tree->fontMetrics().height() + 6) + 4);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("traceSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(textArea);
    split->addWidget(m_tree);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    v->addWidget(split, 1);
    connect(m_trace, &QPushButton::clicked, this, [this]() { emit traceRequested(backend()); });
    setStatus(tr("Open a clip, then Trace (Ctrl+T): against the open library, or the default library when none is open."));
}

QString TracePanel::backend() const { return m_backend->currentData().toString(); }

void TracePanel::setStatus(const QString &text) { m_status->setText(text); }

QString TracePanel::statusText() const { return m_status->text(); }

QString TracePanel::withheldLine(const ValidityVerdict &v)
{
    // The reasons in the user's language; the stored verdict keeps them in English.
    return tr("LR withheld: %1").arg(shownReasons(v).join(QStringLiteral("; ")));
}

void TracePanel::setTraceEnabled(bool on, const QString &why)
{
    m_trace->setEnabled(on);
    m_trace->setToolTip(why);
}

QString TracePanel::decisionText(int level) const
{
    if (!m_result)
        return {};
    for (const LevelDecision &d : m_result->decisions)
        if (int(d.level) == level)
            return d.decision;
    return {};
}

QString TracePanel::lrLine(const LevelDecision &d, const StoredLrCalibration &c)
{
    if (d.ranked.empty())
        return {};
    const double llr = c.llr(d.ranked.front().score);
    return tr("LR %1 (log10 LR %2): %3 that the clip comes from %4 rather than another enrolled source. "
              "Calibrated on %5 (%6 target / %7 non-target trials, %8)")
        .arg(shownLocale().toString(std::exp(llr), 'g', 3))
        .arg(shownLocale().toString(llr / std::log(10.0), 'f', 2))
        .arg(shownVerbal(verbalEquivalentForLlr(llr)), d.ranked.front().source, c.protocolName)
        .arg(c.targets)
        .arg(c.nontargets)
        .arg(c.created.date().toString(Qt::ISODate)); // the calibration's record date, as stored (ISO)
}

QString TracePanel::lrText(int level) const
{
    if (!m_result)
        return {};
    for (const LevelDecision &d : m_result->decisions) {
        if (int(d.level) != level)
            continue;
        const auto it = m_result->lrCalibrations.find(d.level);
        if (it == m_result->lrCalibrations.end() || d.ranked.empty())
            return {};
        return m_result->verdict.inside ? lrLine(d, it->second) : withheldLine(m_result->verdict);
    }
    return {};
}

QString TracePanel::levelLrLine(const LevelDecision &d, const LevelLr &lr, const ValidityVerdict *verdict)
{
    QString text = LibrarySourceModel::levelTitle(d.level) + QStringLiteral(": ") +
                   (d.unknown ? tr("unknown source") : d.decision) + QStringLiteral(", ");
    if (!lr.due)
        return text + tr("no LR (the library holds no LR calibration for this level and back-end)");
    if (!lr.given)
        return text + tr("LR withheld: %1").arg(lr.withheldReasons.isEmpty()
                                                     ? tr("no reason recorded")
                                                     : (verdict ? shownReasons(lr.withheldReasons, *verdict) : lr.withheldReasons)
                                                           .join(QStringLiteral("; ")));
    const double lr10 = lr.log10Lr();
    const double value = std::exp(lr.llr);
    const QString shown = std::isfinite(value) && value > 0 ? shownLocale().toString(value, 'g', 3)
                                                            : QStringLiteral("10^%1").arg(shownLocale().toString(lr10, 'f', 1));
    return text + tr("LR %1 (log10 LR %2) for %3: %4").arg(shown).arg(shownLocale().toString(lr10, 'f', 2)).arg(lr.source, shownVerbal(lr.verbal.isEmpty() ? verbalEquivalentForLlr(lr.llr) : lr.verbal));
}

QString TracePanel::levelLrText(int level) const
{
    if (!m_result)
        return {};
    for (std::size_t i = 0; i < m_result->decisions.size(); ++i) {
        const LevelDecision &d = m_result->decisions[i];
        if (int(d.level) != level)
            continue;
        return i < m_result->lrs.size() ? levelLrLine(d, m_result->lrs[i], &m_result->verdict) : levelLrLine(d, LevelLr{});
    }
    return {};
}

void TracePanel::setResult(std::shared_ptr<const TraceResult> r)
{
    m_result = std::move(r);
    m_tree->clear();
    m_withheld->clear();
    m_levelLrs->clear();
    m_levelLrs->hide();
    if (!m_result)
        return;
    if (!m_result->lrs.empty()) {
        // Each level's decision with its LR, withheld in the warning colours.
        QStringList rows;
        for (std::size_t i = 0; i < m_result->decisions.size(); ++i) {
            const LevelLr lr = i < m_result->lrs.size() ? m_result->lrs[i] : LevelLr{};
            const QString line = levelLrLine(m_result->decisions[i], lr, &m_result->verdict).toHtmlEscaped();
            rows << (lr.due && !lr.given ? QStringLiteral("<span style=\"color:%1;background:%2\">%3</span>")
                                                .arg(Theme::warningText().name(), Theme::warningBackground().name(QColor::HexRgb), line)
                                          : lr.given ? QStringLiteral("<b>%1</b>").arg(line) : line);
        }
        m_levelLrs->setText(rows.join(QStringLiteral("<br>")));
        m_levelLrs->show();
    }
    // The back-end as the chooser names it (translated); its identifier when the chooser has no such entry.
    const int backendIndex = m_backend->findData(m_result->backend);
    const QString backendName = backendIndex >= 0 ? m_backend->itemText(backendIndex) : m_result->backend;
    if (m_result->defaultLibrary)
        setStatus(tr("%1 with %2 against the default library (%3 of %4, read-only). Scores: higher = more likely "
                     "that source.")
                      .arg(QFileInfo(m_result->clipPath).fileName(), backendName,
                           QFileInfo(m_result->libraryPath).fileName(), m_result->model.name));
    else
        setStatus(tr("%1 with %2 against %3 (model %4). Scores: higher = more likely that source.")
                      .arg(QFileInfo(m_result->clipPath).fileName(), backendName,
                           QFileInfo(m_result->libraryPath).fileName(), m_result->model.name));
    m_status->setToolTip(m_result->defaultLibrary
                             ? tr("%1\nThe default library ships with the default model; open or create a library to "
                                  "trace against your own sources.")
                                   .arg(QDir::toNativeSeparators(m_result->libraryPath))
                             : QDir::toNativeSeparators(m_result->libraryPath));
    const bool withheld = !m_result->verdict.inside;
    bool anyLr = false;
    for (const LevelDecision &d : m_result->decisions) {
        auto *top = new QTreeWidgetItem(m_tree);
        QString text = LibrarySourceModel::levelTitle(d.level) + QStringLiteral(": ");
        text += d.unknown ? tr("unknown source") : d.decision;
        text += d.threshold ? tr("   (threshold %1)").arg(shownLocale().toString(*d.threshold, 'f', 4)) : tr("   (no threshold)");
        top->setText(0, text);
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        if (d.unknown)
            top->setForeground(0, QColor(0xff, 0x9f, 0x43));
        top->setToolTip(0, d.unknown ? tr("The best score is at or below the library's threshold for this level and "
                                          "back-end: the clip's source is taken to be none of the enrolled ones.")
                                     : d.threshold ? tr("The best score is above the library's threshold.")
                                                   : tr("No open-set threshold is stored for this level and back-end "
                                                        "(sourcetrace-cli library calibrate): the best candidate is shown."));
        top->setFirstColumnSpanned(true);
        if (d.ranked.empty())
            continue;
        double lo = d.ranked.back().score, hi = d.ranked.front().score;
        if (d.threshold) {
            lo = std::min(lo, *d.threshold);
            hi = std::max(hi, *d.threshold);
        }
        const double span = hi - lo;
        // Bars from a floor a little below the lowest value, so the last candidate still shows.
        const double floor = span > 0 ? lo - 0.1 * span : lo - 1.0;
        auto frac = [&](double s) { return (s - floor) / (hi - floor); };
        for (std::size_t i = 0; i < d.ranked.size(); ++i) {
            const Candidate &c = d.ranked[i];
            auto *it = new QTreeWidgetItem(top);
            it->setText(0, QStringLiteral("%1. %2").arg(i + 1).arg(c.source));
            it->setText(1, shownLocale().toString(c.score, 'f', 4));
            it->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            it->setData(1, kBarRole, frac(c.score));
            it->setData(1, kThresholdRole, d.threshold ? frac(*d.threshold) : -1.0);
            it->setData(1, kPassRole, !d.threshold || c.score > *d.threshold);
            const auto cal = m_result->lrCalibrations.find(d.level);
            if (i == 0 && cal != m_result->lrCalibrations.end()) {
                anyLr = true;
                auto *lr = new QTreeWidgetItem(it);
                if (withheld) {
                    lr->setText(0, withheldLine(m_result->verdict));
                    lr->setForeground(0, Theme::warningText());
                    lr->setBackground(0, Theme::warningBackground());
                    lr->setToolTip(0, tr("The clip is outside the conditions the model was validated under:\n%1")
                                          .arg(shownReasons(m_result->verdict).join(QLatin1Char('\n'))));
                } else {
                    lr->setText(0, lrLine(d, cal->second));
                    // The whole sentence in the tooltip too: a narrow dock cuts the row off.
                    lr->setToolTip(0, lrLine(d, cal->second) + QStringLiteral("\n\n") + tr("Likelihood ratio from the logistic-regression calibration stored with the library "
                                         "(protocol %1, SHA-256 %2); verbal scale after ENFSI (2015).")
                                          .arg(cal->second.protocolName, cal->second.protocolSha256));
                }
                lr->setFirstColumnSpanned(true);
                it->setExpanded(true);
            }
        }
        top->setExpanded(true);
    }
    if (withheld && anyLr)
        m_withheld->setReasons(tr("The clip is outside the validated conditions of %1: ranking and decisions are shown, "
                                  "likelihood ratios are not:")
                                   .arg(m_result->model.name),
                               shownReasons(m_result->verdict));
}

} // namespace st
