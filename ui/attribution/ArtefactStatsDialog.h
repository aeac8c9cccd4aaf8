#pragma once
// "Artefact statistics..." (docs/explanations.md, "Artefact statistics"): choose a protocol, an annotations CSV
// (file- or SHA-256-keyed) and a folder of per-clip explanations; the dialog computes core's ArtefactStats and
// shows the table (one row per cue type) and a bar chart per cue (time share against attribution share, with
// the correlation and EERs in its title); both export (TSV, PNG of the chart shown).
#include "explain/ArtefactStats.h"

#include <QDialog>
#include <optional>

class QChartView;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace st {

class ArtefactStatsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArtefactStatsDialog(QWidget *parent = nullptr);

    void setInputs(const QString &protocol, const QString &annotationsCsv, const QString &explanationsFolder);
    /// Computes from the three inputs; false (with the message in status()) when it cannot.
    bool compute();
    const std::optional<ArtefactStatsResult> &result() const { return m_result; }
    QStandardItemModel *tableModel() const { return m_model; }
    QTabWidget *chartTabs() const { return m_tabs; }
    QString status() const;
    /// Write the table (ArtefactStatsResult::toTsv) / the chart of the current tab. Throw st::Error.
    void exportTsv(const QString &path) const;
    void exportPng(const QString &path) const;

private:
    void browse(QLineEdit *edit, bool folder, const QString &filter);
    void fill();

    QLineEdit *m_protocol, *m_annotations, *m_explanations;
    QLabel *m_status;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_notes;
    std::optional<ArtefactStatsResult> m_result;
};

} // namespace st
