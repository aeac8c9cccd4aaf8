#pragma once
// The evidence file's facts: path, container and sample format, rate, channels, duration, frames,
// size, SHA-256 (computed as a job: "computing..." with progress until ready), peak and RMS level in
// dBFS and the count of clipped samples. Every value can be selected and copied.
#include <QWidget>

class QLabel;
class QProgressBar;

namespace st {

class AudioDocument;

class MetadataPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataPanel(QWidget *parent = nullptr);
    /// Shows `doc` (null clears). The panel follows the document's background results.
    void setDocument(AudioDocument *doc);
    /// The text shown for a field (for tests): "path", "format", "rate", "channels", "duration",
    /// "frames", "size", "sha256", "peak", "rms", "clipped".
    QString fieldText(const QString &key) const;

private:
    void refresh();
    QLabel *addField(const QString &key, const QString &title);

    AudioDocument *m_doc = nullptr;
    QHash<QString, QLabel *> m_fields;
    QProgressBar *m_hashProgress = nullptr;
};

} // namespace st
