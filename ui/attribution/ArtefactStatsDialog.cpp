#include "attribution/ArtefactStatsDialog.h"
#include "common/LocaleFormat.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

namespace st {

namespace {

QString num(double v, int decimals = 3)
{
    return std::isfinite(v) ? shownLocale().toString(v, 'f', decimals) : QCoreApplication::translate("st::ArtefactStatsDialog", "n/a");
}

QString pct(double v)
{
    return std::isfinite(v) ? shownLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%') : QCoreApplication::translate("st::ArtefactStatsDialog", "n/a");
}

} // namespace

ArtefactStatsDialog::ArtefactStatsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Artefact statistics"));
    setObjectName(QStringLiteral("artefactStatsDialog"));
    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QLineEdit *&edit, bool folder, const QString &filter, const QString &tip) {
        edit = new QLineEdit;
        edit->setToolTip(tip);
        auto *b = new QPushButton(tr("Browse..."));
        connect(b, &QPushButton::clicked, this, [this, e = edit, folder, filter]() { browse(e, folder, filter); });
        auto *h = new QHBoxLayout;
        h->addWidget(edit, 1);
        h->addWidget(b);
        form->addRow(label, h);
    };
    row(tr("Protocol:"), m_protocol, false, tr("Protocols (*.tsv *.txt *.csv);;All files (*)"),
        tr("The clips and their labels (bona fide / spoof), any format evaluate reads"));
    row(tr("Annotations CSV:"), m_annotations, false, tr("CSV (*.csv);;All files (*)"),
        tr("The case annotations CSV layout; first column evidence_sha256 or file (the protocol's file id)"));
    row(tr("Explanations folder:"), m_explanations, true, QString(),
        tr("One folder per clip as `explain --out` writes it (named by the file id), or an explain --protocol job folder"));
    auto *computeButton = new QPushButton(tr("&Compute"));
    computeButton->setObjectName(QStringLiteral("computeButton"));
    connect(computeButton, &QPushButton::clicked, this, [this]() { compute(); });
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs = new QTabWidget;
    m_tabs->setMinimumHeight(280);
    m_notes = new QPlainTextEdit;
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(90);
    m_notes->setPlaceholderText(tr("Skipped clips and refused annotation rows appear here."));

    auto *exportTsv = new QPushButton(tr("Export &table (TSV)..."));
    auto *exportPng = new QPushButton(tr("Export &chart (PNG)..."));
    connect(exportTsv, &QPushButton::clicked, this, [this]() {
        const QString p = QFileDialog::getSaveFileName(this, tr("Export table"), QStringLiteral("artefacts.tsv"), tr("TSV (*.tsv)"));
        if (p.isEmpty())
            return;
        try {
            this->exportTsv(p);
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
    });
    connect(exportPng, &QPushButton::clicked, this, [this]() {
        const QString p = QFileDialog::getSaveFileName(this, tr("Export chart"), QStringLiteral("artefacts.png"), tr("PNG (*.png)"));
        if (p.isEmpty())
            return;
        try {
            this->exportPng(p);
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(exportTsv, QDialogButtonBox::ActionRole);
    buttons->addButton(exportPng, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(computeButton);
    top->addWidget(m_status, 1);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addLayout(top);
    v->addWidget(m_table, 1);
    v->addWidget(m_tabs, 2);
    v->addWidget(m_notes);
    v->addWidget(buttons);
    resize(900, 720);
}

void ArtefactStatsDialog::browse(QLineEdit *edit, bool folder, const QString &filter)
{
    const QString p = folder ? QFileDialog::getExistingDirectory(this, tr("Explanations folder"), edit->text())
                             : QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
    if (!p.isEmpty())
        edit->setText(p);
}

void ArtefactStatsDialog::setInputs(const QString &protocol, const QString &annotationsCsv, const QString &explanationsFolder)
{
    m_protocol->setText(protocol);
    m_annotations->setText(annotationsCsv);
    m_explanations->setText(explanationsFolder);
}

QString ArtefactStatsDialog::status() const
{
    return m_status->text();
}

bool ArtefactStatsDialog::compute()
{
    m_result.reset();
    if (m_protocol->text().isEmpty() || m_annotations->text().isEmpty() || m_explanations->text().isEmpty()) {
        m_status->setText(tr("Choose the protocol, the annotations CSV and the explanations folder."));
        fill();
        return false;
    }
    try {
        m_result = computeArtefactStats(m_protocol->text(), m_annotations->text(), m_explanations->text());
    } catch (const Error &e) {
        m_status->setText(e.message());
        fill();
        return false;
    }
    const ArtefactStatsResult &r = *m_result;
    m_status->setText(tr("%1 of %2 clips used (%3 bona fide, %4 spoof), %5 skipped; %6 annotations used, %7 refused.")
                          .arg(r.usedClips).arg(r.protocolClips).arg(r.bonafideClips).arg(r.spoofClips).arg(r.skipped.size())
                          .arg(r.annotationsUsed).arg(r.problems.size()));
    fill();
    return true;
}

void ArtefactStatsDialog::fill()
{
    m_model->clear();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_notes->clear();
    if (!m_result)
        return;
    const ArtefactStatsResult &r = *m_result;
    m_model->setHorizontalHeaderLabels({tr("Cue"), tr("Regions"), tr("Clips (bona fide / spoof)"), tr("Time share"),
                                        tr("Attribution share"), tr("Per clip"), tr("Enrichment"), tr("r mean \u00b1 sd (n)"),
                                        tr("r pooled"), tr("EER presence"), tr("EER coverage"),
                                        tr("Band boxes: TF share / area (n)")});
    for (const ArtefactCueStats &s : r.cues) {
        QList<QStandardItem *> items;
        for (const QString &t : {cueName(s.cue), QString::number(s.regions),
                                 QStringLiteral("%1 / %2").arg(s.bonafideWithCue).arg(s.spoofWithCue), num(s.timeSharePooled),
                                 num(s.attributionSharePooled), num(s.attributionShareMean), num(s.enrichment),
                                 QStringLiteral("%1 \u00b1 %2 (%3)").arg(num(s.correlationMean), num(s.correlationSd)).arg(s.correlationClips),
                                 num(s.correlationPooled), pct(s.presenceEer), pct(s.coverageEer),
                                 s.bandRegions > 0 ? QStringLiteral("%1 / %2 (%3)").arg(num(s.bandAttributionShare), num(s.bandAreaShare)).arg(s.bandRegions)
                                                   : QStringLiteral("-")})
            items << new QStandardItem(t);
        m_model->appendRow(items);

        auto *set = new QBarSet(tr("share"));
        *set << s.timeSharePooled << (std::isfinite(s.attributionSharePooled) ? s.attributionSharePooled : 0.0)
             << (std::isfinite(s.attributionShareMean) ? s.attributionShareMean : 0.0);
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value"));
        auto *chart = new QChart;
        chart->setLocalizeNumbers(true); // axis labels in the user's locale (shown only)
        chart->setLocale(shownLocale());
        chart->addSeries(series);
        chart->setTitle(tr("%1: enrichment %2, r %3 (pooled %4), EER presence %5, coverage %6")
                            .arg(cueName(s.cue), num(s.enrichment), num(s.correlationMean), num(s.correlationPooled),
                                 pct(s.presenceEer), pct(s.coverageEer)));
        auto *x = new QBarCategoryAxis;
        x->append({tr("time share"), tr("attribution share (pooled)"), tr("attribution share (mean per clip)")});
        auto *y = new QValueAxis;
        y->setRange(0.0, 1.0);
        y->setLabelFormat(QStringLiteral("%.2f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        auto *view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        m_tabs->addTab(view, cueName(s.cue));
    }
    QStringList notes;
    for (const QString &s : r.skipped)
        notes << tr("skipped %1").arg(s);
    for (const QString &s : r.problems)
        notes << tr("not used: %1").arg(s);
    m_notes->setPlainText(notes.join(QLatin1Char('\n')));
}

void ArtefactStatsDialog::exportTsv(const QString &path) const
{
    if (!m_result)
        throw Error(path, tr("nothing to export: compute the statistics first"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, tr("cannot write: %1").arg(f.errorString()));
    f.write(m_result->toTsv().toUtf8());
    if (!f.commit())
        throw Error(path, tr("cannot write: %1").arg(f.errorString()));
}

void ArtefactStatsDialog::exportPng(const QString &path) const
{
    auto *view = qobject_cast<QChartView *>(m_tabs->currentWidget());
    if (!view)
        throw Error(path, tr("nothing to export: compute the statistics first"));
    QPixmap pm(view->size().expandedTo(QSize(640, 400)));
    pm.fill(Qt::white);
    QPainter p(&pm);
    view->render(&p);
    p.end();
    if (!pm.save(path, "PNG"))
        throw Error(path, tr("cannot write the PNG"));
}

} // namespace st
