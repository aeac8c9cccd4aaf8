#include "DetectionPanel.h"

#include "DetectionTask.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
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
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
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
    form->addRow(tr("Score:"), m_score);
    form->addRow(QString(), m_verdict);
    form->addRow(tr("Convention:"), m_convention);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Weights:"), m_sha);
    form->addRow(tr("Run:"), m_timing);
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

void DetectionPanel::setResult(const DetectionResult *r)
{
    m_table->setRowCount(0);
    for (QLabel *l : {m_score, m_verdict, m_convention, m_model, m_sha, m_timing})
        l->clear();
    m_sha->setToolTip({});
    if (!r) {
        setStatus(tr("Choose a model and press Detect (Ctrl+D) to score the open clip."));
        return;
    }
    setStatus({});
    const ModelManifest &m = r->manifest;
    const double s = r->clip.score;
    m_score->setText(QString::number(s, 'f', 4));
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
                          .arg(r->loadSeconds, 0, 'f', 2)
                          .arg(r->runSeconds, 0, 'f', 2)
                          .arg(r->timeline.size())
                          .arg(r->window)
                          .arg(r->hop)
                          .arg(r->modelRate));
    const std::vector<ScoreWindow> frames = r->windowsInFrames();
    m_table->setRowCount(int(r->timeline.size()));
    for (std::size_t i = 0; i < r->timeline.size(); ++i) {
        const TimelineWindow &w = r->timeline[i];
        auto *a = new QTableWidgetItem(QString::number(double(w.start) / r->modelRate, 'f', 3));
        a->setData(Qt::UserRole, qint64(std::llround(frames[i].start)));
        a->setData(Qt::UserRole + 1, qint64(std::llround(frames[i].end)));
        auto *b = new QTableWidgetItem(QString::number(double(w.end) / r->modelRate, 'f', 3));
        auto *c = new QTableWidgetItem(QString::number(w.score, 'f', 4));
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
    return {};
}

} // namespace st
