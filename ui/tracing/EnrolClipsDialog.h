#pragma once
// The labels for enrolling picked clips (the library dock's "Enrol clips..."): one line per level (attack,
// acoustic model, vocoder, codec), each with the library's existing source names as completions. OK is enabled
// once at least one label is given. clips() turns the paths and labels into enrolment input the way
// `sourcetrace-cli library enrol FILE... --label level=value` does: a label per level given, and on the attack
// source its acoustic model and vocoder as attributes.
#include "library/LibraryEnroller.h"

#include <QDialog>
#include <QMap>
#include <QStringList>
#include <vector>

class QDialogButtonBox;
class QLineEdit;

namespace st {

class FingerprintLibrary;

class EnrolClipsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `library` (may be null) supplies completions.
    EnrolClipsDialog(const QStringList &paths, const FingerprintLibrary *library, QWidget *parent = nullptr);

    QStringList paths() const { return m_paths; }
    /// The non-empty labels (trimmed), by level.
    QMap<SourceLevel, QString> labels() const;
    void setLabel(SourceLevel level, const QString &text);
    QLineEdit *field(SourceLevel level) const { return m_fields.value(level); }
    /// Whether OK can be pressed now.
    bool acceptable() const;

    static std::vector<ClipToEnrol> clips(const QStringList &paths, const QMap<SourceLevel, QString> &labels);

private:
    void update();

    QStringList m_paths;
    QMap<SourceLevel, QLineEdit *> m_fields;
    QDialogButtonBox *m_buttons;
};

} // namespace st
