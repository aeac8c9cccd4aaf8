#pragma once
// Help › About SourceTrace: the build (version, git commit, compiler, build type), the libraries it runs on (Qt at
// build and run time, LibTorch), the platform, and the licences of SourceTrace and of each component it links. The
// build facts can be copied as text for a report or a bug report.
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
/// "SourceTrace 0.1.0, commit 1a2b3c4d5e6f, GNU 12.2.0, Qt 6.4.2 (built with 6.4.2), LibTorch 1.13.0, Debian GNU/Linux 12"
/// as lines "key: value".
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
