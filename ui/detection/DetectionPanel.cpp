#include "detection/DetectionPanel.h"
#include "common/LocaleFormat.h"

#include "detection/DetectionTask.h"
#include "common/WithheldLrBox.h"
#include "eval/LinearCalibration.h"

#include <QLocale>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace st {

namespace {
QLabel *selectable()
{
    auto *l = new QLabel;
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

DetectionPanel::DetectionPanel(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    m_status = selectable();
    v->addWidget(m_status);
    m_withheld = new WithheldLrBox;
    // Two forms with the withheld box between them (a word-wrapped box spanning a form row gets too little height);
    // their label columns are given one width so that the values line up.
    auto newForm = []() {
        auto *f = new QFormLayout;
        f->setLabelAlignment(Qt::AlignRight);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return f;
    };
    auto *head = newForm();
    auto *form = newForm();
    m_form = form;
    m_score = selectable();
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_score->setFont(big);
    m_verdict = selectable();
    m_convention = selectable();
    m_model = selectable();
    m_sha = selectable();
    QFont mono = m_sha->font();
    mono.setFamily(QStringLiteral("monospace"));
    m_sha->setFont(mono);
    m_timing = selectable();
    m_lr = selectable();
    QFont bold = m_lr->font();
    bold.setBold(true);
    m_lr->setFont(bold);
    m_lrVerbal = selectable();
    m_lrPropositions = selectable();
    m_lrCalibration = selectable();
    m_conditions = selectable();
    head->addRow(tr("Score:"), m_score);
    head->addRow(QString(), m_verdict);
    form->addRow(tr("Likelihood ratio:"), m_lr);
    form->addRow(QString(), m_lrVerbal);
    form->addRow(tr("Propositions:"), m_lrPropositions);
    form->addRow(tr("Calibration:"), m_lrCalibration);
    form->addRow(tr("Conditions:"), m_conditions);
    form->addRow(tr("Convention:"), m_convention);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Weights:"), m_sha);
    form->addRow(tr("Run:"), m_timing);
    int labelWidth = 0;
    for (QFormLayout *f : {head, form})
        for (int r = 0; r < f->rowCount(); ++r)
            if (auto *item = f->itemAt(r, QFormLayout::LabelRole); item && item->widget())
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
    for (QFormLayout *f : {head, form})
        for (int r = 0; r < f->rowCount(); ++r)
            if (auto *item = f->itemAt(r, QFormLayout::LabelRole); item && item->widget())
                if (auto *label = qobject_cast<QLabel *>(item->widget())) {
                    label->setMinimumWidth(labelWidth);
                    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
    v->addLayout(head);
    v->addWidget(m_withheld); // right under the score whose LR it withholds, in place of the LR rows
    v->addLayout(form);
    m_table = new QTableWidget(0, 3);
    m_table->setHorizontalHeaderLabels({tr("start (s)"), tr("end (s)"), tr("score")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(20);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    v->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        QTableWidgetItem *it = m_table->item(row, 0);
        if (it)
            emit windowActivated(it->data(Qt::UserRole).toLongLong(), it->data(Qt::UserRole + 1).toLongLong());
    });
    setResult(nullptr);
}

void DetectionPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString DetectionPanel::formatLr(double llr)
{
    const double log10Lr = llr / std::log(10.0);
    const double lr = std::exp(llr);
    const QString value = std::isfinite(lr) && lr > 0 ? shownLocale().toString(lr, 'g', 3)
                                                      : tr("10^%1").arg(shownLocale().toString(log10Lr, 'f', 1));
    return tr("%1 (log10 LR %2)").arg(value).arg(shownLocale().toString(log10Lr, 'f', 2));
}

void DetectionPanel::setLrRowsVisible(bool lr, bool conditions)
{
    for (QLabel *l : {m_lr, m_lrVerbal, m_lrPropositions, m_lrCalibration})
        m_form->setRowVisible(l, lr);
    m_form->setRowVisible(m_conditions, conditions);
}

void DetectionPanel::setResult(const DetectionResult *r)
{
    m_table->setRowCount(0);
    for (QLabel *l : {m_score, m_verdict, m_convention, m_model, m_sha, m_timing, m_lr, m_lrVerbal, m_lrPropositions, m_lrCalibration,
                      m_conditions})
        l->clear();
    for (QLabel *l : {m_sha, m_lr, m_lrCalibration, m_conditions})
        l->setToolTip({});
    m_withheld->clear();
    setLrRowsVisible(false, false);
    if (!r) {
        setStatus(tr("Choose a model and press Detect (Ctrl+D) to score the open clip."));
        return;
    }
    setStatus({});
    const ModelManifest &m = r->manifest;
    const double s = r->clip.score;
    m_score->setText(shownLocale().toString(s, 'f', 4));
    const bool above = s > 0;
    const bool bonafideSide = above == r->clip.higherIsBonafide;
    m_score->setStyleSheet(bonafideSide ? QStringLiteral("color: #5cc87a") : QStringLiteral("color: #ff6b5a"));
    m_verdict->setText(bonafideSide ? tr("above 0: bona fide side (uncalibrated logit, not a likelihood ratio)")
                                    : tr("at or below 0: spoof side (uncalibrated logit, not a likelihood ratio)"));
    m_convention->setText(tr("%1; input %2%3")
                              .arg(m.scoreConvention(), inputPolicyName(m.inputPolicy),
                                   m.inputPolicy == InputPolicy::WholeClip ? QString() : QStringLiteral(" %1").arg(m.inputLength)));
    m_model->setText(tr("%1 (%2) on %3").arg(m.name, m.version.isEmpty() ? m.kind : m.version, r->device));
    m_sha->setText(m.weightsSha256.left(16) + QStringLiteral("…"));
    m_sha->setToolTip(m.weightsSha256);
    m_timing->setText(tr("load %1 s, run %2 s; %3 windows of %4 every %5 samples at %6 Hz")
                          .arg(shownLocale().toString(r->loadSeconds, 'f', 2))
                          .arg(shownLocale().toString(r->runSeconds, 'f', 2))
                          .arg(r->timeline.size())
                          .arg(r->window)
                          .arg(r->hop)
                          .arg(r->modelRate));
    if (r->hasCalibration()) {
        const ValidatedConditions &v = r->validity;
        const bool measured = r->validityError.isEmpty();
        if (measured) {
            const ClipConditions &c = r->conditions;
            m_conditions->setText(tr("%1 s (active %2 s), bandwidth %3 Hz, codec %4, in-distribution (kNN cosine) %5")
                                      .arg(shownLocale().toString(c.seconds, 'f', 2))
                                      .arg(shownLocale().toString(c.activeSeconds, 'f', 2))
                                      .arg(shownLocale().toString(c.bandwidthHz, 'f', 0))
                                      .arg(c.codec.isEmpty() ? tr("unknown") : c.codec,
                                           std::isfinite(c.oodScore) ? shownLocale().toString(c.oodScore, 'f', 3) : tr("not measured")));
            m_conditions->setToolTip(tr("Validated (%1): at least %2 s, bandwidth at least %3 Hz, codecs %4, kNN cosine "
                                        "at least %5 (k = %6)")
                                         .arg(QDir::toNativeSeparators(v.path))
                                         .arg(shownLocale().toString(v.minSeconds, 'f', 2))
                                         .arg(shownLocale().toString(v.minBandwidthHz, 'f', 0))
                                         .arg(v.codecs.isEmpty() ? tr("any") : v.codecs.join(QStringLiteral(", ")),
                                              std::isfinite(v.minOodScore) ? shownLocale().toString(v.minOodScore, 'f', 3) : tr("any"))
                                         .arg(v.oodK));
        }
        if (r->lrGiven()) {
            const double llr = r->llr();
            setLrRowsVisible(true, measured);
            m_lr->setText(formatLr(llr));
            m_lr->setToolTip(tr("LR = p(score | bona fide) / p(score | spoofed), from the model's calibration "
                                "log LR = %1 × score + %2 (natural log)")
                                 .arg(shownLocale().toString(v.a, 'g', 6))
                                 .arg(shownLocale().toString(v.b, 'g', 6)));
            m_lrVerbal->setText(shownVerbal(verbalEquivalentForLlr(llr)));
            m_lrPropositions->setText(tr("proposition: bona fide speech; alternative: spoofed (synthetic or converted) speech"));
            m_lrCalibration->setText(tr("calibrated on %1, %2 bona fide / %3 spoofed clips, Cllr %4")
                                         .arg(v.calibrationProtocol.isEmpty() ? tr("an unnamed protocol") : v.calibrationProtocol)
                                         .arg(v.calibrationTargets)
                                         .arg(v.calibrationNontargets)
                                         .arg(std::isfinite(v.calibrationCllr) ? shownLocale().toString(v.calibrationCllr, 'f', 3)
                                                                               : tr("not stated")));
            m_lrCalibration->setToolTip(tr("%1\nprotocol SHA-256 %2\nminCllr %3, EER %4; made %5; verbal scale after ENFSI (2015)")
                                            .arg(QDir::toNativeSeparators(v.path), v.calibrationSha256,
                                                 std::isfinite(v.calibrationMinCllr) ? shownLocale().toString(v.calibrationMinCllr, 'f', 3) : tr("n/a"),
                                                 std::isfinite(v.calibrationEer) ? shownLocale().toString(v.calibrationEer, 'f', 3) : tr("n/a"),
                                                 v.created));
        } else {
            setLrRowsVisible(false, measured);
            m_withheld->setReasons(tr("The clip is outside the conditions %1 was validated under, so its score is not "
                                      "turned into a likelihood ratio (the score above is the model's raw output):")
                                       .arg(m.name),
                                   shownReasons(r->withheldReasons(), r->verdict)); // shown translated; stored English
            setLrRowsVisible(false, measured);
        }
    }
    const std::vector<ScoreWindow> frames = windowsInFrames(*r);
    m_table->setRowCount(int(r->timeline.size()));
    for (std::size_t i = 0; i < r->timeline.size(); ++i) {
        const TimelineWindow &w = r->timeline[i];
        auto *a = new QTableWidgetItem(shownLocale().toString(double(w.start) / r->modelRate, 'f', 3));
        a->setData(Qt::UserRole, qint64(std::llround(frames[i].start)));
        a->setData(Qt::UserRole + 1, qint64(std::llround(frames[i].end)));
        auto *b = new QTableWidgetItem(shownLocale().toString(double(w.end) / r->modelRate, 'f', 3));
        auto *c = new QTableWidgetItem(shownLocale().toString(w.score, 'f', 4));
        c->setForeground((w.score > 0) == r->clip.higherIsBonafide ? QColor(0x5c, 0xc8, 0x7a) : QColor(0xff, 0x6b, 0x5a));
        for (auto *it : {a, b, c})
            it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(int(i), 0, a);
        m_table->setItem(int(i), 1, b);
        m_table->setItem(int(i), 2, c);
    }
    if (!r->clip.warnings.isEmpty())
        setStatus(tr("Take care: %1").arg(r->clip.warnings.join(QStringLiteral("; "))));
}

QString DetectionPanel::fieldText(const QString &key) const
{
    if (key == QLatin1String("score"))
        return m_score->text();
    if (key == QLatin1String("verdict"))
        return m_verdict->text();
    if (key == QLatin1String("model"))
        return m_model->text();
    if (key == QLatin1String("sha256"))
        return m_sha->toolTip();
    if (key == QLatin1String("convention"))
        return m_convention->text();
    if (key == QLatin1String("status"))
        return m_status->text();
    if (key == QLatin1String("lr"))
        return m_lr->text();
    if (key == QLatin1String("lrVerbal"))
        return m_lrVerbal->text();
    if (key == QLatin1String("lrPropositions"))
        return m_lrPropositions->text();
    if (key == QLatin1String("lrCalibration"))
        return m_lrCalibration->text();
    if (key == QLatin1String("conditions"))
        return m_conditions->text();
    if (key == QLatin1String("withheld"))
        return m_withheld->isHidden() ? QString() : m_withheld->plainText();
    return {};
}

} // namespace st
