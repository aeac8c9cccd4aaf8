#pragma once
// Help › About SourceTrace: the build (version, date, type, git commit, compiler), the default model (name, version,
// weights SHA-256 and whether it matches the pin), the libraries it runs on (Qt at build and run time, LibTorch), the
// platform, and the licences: SourceTrace's, each component it links, and each source of the material it ships (the
// Debian synthesisers, voices and recordings the default model and library were trained from, the demo clip's
// synthesiser). docs/licences.md says the same in prose. The build facts can be copied as text for a report.
#include <QDialog>
#include <QList>
#include <QString>

namespace st {

/// One linked component and its licence.
struct ComponentLicence
{
    QString component;
    QString version;  ///< as this build knows it; empty when unknown
    QString licence;  ///< SPDX-like name
    QString use;      ///< what SourceTrace uses it for
};

/// Every component of the application with its licence (SourceTrace itself first).
QList<ComponentLicence> componentLicences();
/// Every source of material that SourceTrace ships: the Debian packages whose synthesisers, voices and recordings
/// made the default model's training corpus (hence its weights, calibration and library), and the demo clip's
/// synthesiser. `version` is empty; `use` says what was taken. Licences as the packages' Debian copyright files state
/// them for the material used (../shared/corpus/TRAINING-SOURCES.md, scripts/corpus/install.sh).
QList<ComponentLicence> materialLicences();
/// "SourceTrace 0.1.0, build date and type, commit 1a2b3c4d5e6f, GNU 12.2.0, the default model and its weights
/// SHA-256, Qt 6.4.2 (built with 6.4.2), LibTorch 1.13.0, Debian GNU/Linux 12" as lines "key: value".
QString buildFacts();

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    /// Everything the dialog shows, as plain text (tests, Copy).
    QString plainText() const { return m_plain; }

private:
    QString m_plain;
};

} // namespace st
