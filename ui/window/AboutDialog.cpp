#include "window/AboutDialog.h"

#include "BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtGlobal>

#include <algorithm>

// Version facts only: these headers declare a version function or macro and nothing heavy. LibTorch's version.h
// is macros alone (no torch parsing cost).
#if __has_include(<torch/csrc/api/include/torch/version.h>)
#include <torch/csrc/api/include/torch/version.h>
#endif
#include <portaudio.h>
#include <sndfile.h>
#include <soxr.h>
#include <fftw3.h>

namespace st {

namespace {

QString torchVersion()
{
#ifdef TORCH_VERSION
    return QStringLiteral(TORCH_VERSION);
#else
    return {};
#endif
}

} // namespace

QList<ComponentLicence> componentLicences()
{
    return {
        {QStringLiteral("SourceTrace"), QStringLiteral(SOURCETRACE_VERSION), QStringLiteral("GPL-3.0-or-later"),
         QStringLiteral("this application, its default model and library")},
        {QStringLiteral("Qt (Core, Gui, Widgets, Sql, Svg, Concurrent)"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"),
         QStringLiteral("the interface, SQLite access, images")},
        {QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()), QStringLiteral("GPL-3.0"), QStringLiteral("evaluation and training charts")},
        {QStringLiteral("SQLite (through Qt SQL)"), QString(), QStringLiteral("public domain"), QStringLiteral("case files, fingerprint libraries")},
        {QStringLiteral("LibTorch"), torchVersion(), QStringLiteral("BSD-3-Clause"), QStringLiteral("running and training the models")},
        {QStringLiteral("libsndfile"), QString::fromLatin1(sf_version_string()), QStringLiteral("LGPL-2.1-or-later"),
         QStringLiteral("decoding WAV, FLAC, Ogg, Opus, MP3")},
        {QStringLiteral("libsoxr"), QString::fromLatin1(soxr_version()), QStringLiteral("LGPL-2.1-or-later"), QStringLiteral("resampling")},
        {QStringLiteral("PortAudio"), QString::fromLatin1(Pa_GetVersionText()), QStringLiteral("MIT"), QStringLiteral("playback")},
        {QStringLiteral("FFTW"), QString::fromLatin1(fftwf_version), QStringLiteral("GPL-2.0-or-later"), QStringLiteral("spectrograms, quality measures")},
        {QStringLiteral("Eigen"), QString(), QStringLiteral("MPL-2.0"), QStringLiteral("linear algebra of the tracing back-ends")},
    };
}

QString buildFacts()
{
    QStringList l;
    l << QStringLiteral("SourceTrace: %1").arg(QStringLiteral(SOURCETRACE_VERSION));
    l << QStringLiteral("git commit: %1").arg(QStringLiteral(SOURCETRACE_GIT_COMMIT));
    l << QStringLiteral("compiler: %1").arg(QStringLiteral(SOURCETRACE_COMPILER));
    l << QStringLiteral("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    const QString torch = torchVersion();
    l << QStringLiteral("LibTorch: %1 (CPU)").arg(torch.isEmpty() ? QStringLiteral("unknown") : torch);
    l << QStringLiteral("platform: %1, %2 %3, %4").arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                                                      QSysInfo::currentCpuArchitecture());
    return l.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About SourceTrace"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto *title = new QLabel(tr("<h2>SourceTrace %1</h2><p>Synthetic-speech detection, source tracing and explanations for forensic "
                                "examination. Everything runs offline.</p>").arg(QStringLiteral(SOURCETRACE_VERSION)));
    title->setWordWrap(true);
    const QString facts = buildFacts();
    auto *build = new QLabel;
    build->setObjectName(QStringLiteral("aboutBuild"));
    build->setTextFormat(Qt::PlainText);
    build->setTextInteractionFlags(Qt::TextSelectableByMouse);
    build->setFont(QFont(QStringLiteral("monospace")));
    build->setText(facts);

    const QList<ComponentLicence> parts = componentLicences();
    auto *table = new QTableWidget(parts.size(), 4);
    table->setObjectName(QStringLiteral("aboutLicences"));
    table->setHorizontalHeaderLabels({tr("Component"), tr("Licence"), tr("Version"), tr("Used for")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    QStringList licenceLines;
    for (int r = 0; r < parts.size(); ++r) {
        const ComponentLicence &c = parts[r];
        table->setItem(r, 0, new QTableWidgetItem(c.component));
        table->setItem(r, 1, new QTableWidgetItem(c.licence));
        auto *version = new QTableWidgetItem(c.version);
        version->setToolTip(c.version);
        table->setItem(r, 2, version);
        table->setItem(r, 3, new QTableWidgetItem(c.use));
        licenceLines << QStringLiteral("%1 %2: %3").arg(c.component, c.version, c.licence);
    }
    table->resizeColumnsToContents();
    table->setColumnWidth(2, std::min(table->columnWidth(2), 170)); // PortAudio's version text is a sentence
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->setWordWrap(true);
    auto *note = new QLabel(tr("SourceTrace is free software under the GNU General Public License, version 3 or later; it comes with "
                               "NO WARRANTY. The components keep their own licences (above); the Debian packages of this build carry "
                               "their full texts under /usr/share/doc/&lt;package&gt;/copyright. Third-party model weights are not part "
                               "of SourceTrace: each manifest states its weights' licence (Models menu, docs/models.md)."));
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);

    m_plain = QStringLiteral("SourceTrace %1\n%2\n\nLicences:\n%3")
                  .arg(QStringLiteral(SOURCETRACE_VERSION), facts, licenceLines.join(QLatin1Char('\n')));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy build facts"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [facts]() { QApplication::clipboard()->setText(facts); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *v = new QVBoxLayout(this);
    v->addWidget(title);
    v->addWidget(build);
    v->addWidget(table, 1);
    v->addWidget(note);
    v->addWidget(buttons);
    resize(880, 600);
}

} // namespace st
