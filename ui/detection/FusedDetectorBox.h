#pragma once
// The "fused" detectors of the Detection dock: fusion models (sourcetrace-fusion/1, `fuse train`) the user adds
// ("Add fusion model...", remembered in QSettings under detection/fusionModels) appear as "Fused: <file name>"
// entries; each fusion system names a registry detector (core/analysis/FusedDetection.h). Running one runs every
// component detector on the open clip (core's runDetection, as the Detection panel) and shows the fused score,
// each component's score and weight, and the fusion's provenance (file, SHA-256, training protocol).
#include "analysis/FusedDetection.h"
#include "jobs/Job.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace st {

class AudioFile;
class JobManager;
class ModelCache;

/// The main toolbar's model chooser data of a fused entry: "fused:" + the fusion model's absolute path.
inline constexpr char kFusedChoicePrefix[] = "fused:";
inline bool isFusedChoice(const QString &data) { return data.startsWith(QLatin1String(kFusedChoicePrefix)); }

class FusedDetectorBox : public QWidget
{
    Q_OBJECT
public:
    /// `clip` gives the open clip (null when none); `models` the usable models the fusion systems are mapped to.
    FusedDetectorBox(JobManager *jobs, std::shared_ptr<ModelCache> cache, std::function<std::shared_ptr<const AudioFile>()> clip,
                     std::function<std::vector<ModelManifest>()> models, QWidget *parent = nullptr);

    /// Adds a fusion model file (checked: it must load and every system must name a registry detector);
    /// false with the message in status() otherwise. Remembered in QSettings.
    bool addFusionModel(const QString &path);
    /// The entries of the choice: "Fused: <file name>", in the order added.
    QStringList entries() const;
    QStringList paths() const { return m_paths; }
    void setCurrent(int index);
    /// Runs the current fused detector on the clip; `wait` blocks until it finished. False when it cannot start
    /// or (waiting) failed; the message is in status().
    bool run(bool wait = false);
    const std::optional<FusedDetectionResult> &result() const { return m_result; }
    QString status() const;
    /// For tests: "score", "components" (one "detector (model): score x weight" line each), "provenance".
    QString fieldText(const QString &key) const;
    QTableWidget *componentTable() const { return m_table; }

signals:
    /// A fusion model was added (the main toolbar's model chooser lists the entries too).
    void entriesChanged();

private:
    void reloadFromSettings();
    void saveToSettings() const;
    void showResult(const FusedDetectionResult &r);

    JobManager *m_jobs;
    std::shared_ptr<ModelCache> m_cache;
    std::function<std::shared_ptr<const AudioFile>()> m_clip;
    std::function<std::vector<ModelManifest>()> m_models;
    QStringList m_paths;
    QComboBox *m_choice;
    QPushButton *m_run;
    QLabel *m_status;
    QLabel *m_score;
    QLabel *m_provenance;
    QTableWidget *m_table;
    std::optional<FusedDetectionResult> m_result;
    JobPtr m_running; ///< the job in flight
};

} // namespace st
