#include "window/AboutDialog.h"

#include "BuildInfo.h"
#include "models/VersionInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
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
         QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "this application, its default model and library"))},
        {QStringLiteral("Qt (Core, Gui, Widgets, Sql, Svg, Concurrent)"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "the interface, SQLite access, images"))},
        {QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()), QStringLiteral("GPL-3.0"), QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "evaluation and training charts"))},
        {QStringLiteral("SQLite (through Qt SQL)"), QString(), QStringLiteral("public domain"), QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "case files, fingerprint libraries"))},
        {QStringLiteral("LibTorch"), torchVersion(), QStringLiteral("BSD-3-Clause"), QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "running and training the models"))},
        {QStringLiteral("libsndfile"), QString::fromLatin1(sf_version_string()), QStringLiteral("LGPL-2.1-or-later"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "decoding WAV, FLAC, Ogg, Opus, MP3"))},
        {QStringLiteral("libsoxr"), QString::fromLatin1(soxr_version()), QStringLiteral("LGPL-2.1-or-later"), QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "resampling"))},
        {QStringLiteral("PortAudio"), QString::fromLatin1(Pa_GetVersionText()), QStringLiteral("MIT"), QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "playback"))},
        {QStringLiteral("FFTW"), QString::fromLatin1(fftwf_version), QStringLiteral("GPL-2.0-or-later"), QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "spectrograms, quality measures"))},
        {QStringLiteral("Eigen"), QString(), QStringLiteral("MPL-2.0"), QString::fromUtf8(QT_TRANSLATE_NOOP("st::AboutDialog", "linear algebra of the tracing back-ends"))},
    };
}

QList<ComponentLicence> materialLicences()
{
    auto m = [](const char *component, const char *licence, const char *use) {
        return ComponentLicence{QString::fromUtf8(component), QString(), QString::fromUtf8(licence), QString::fromUtf8(use)};
    };
    // Licences of the material used, as each package's Debian copyright file (/usr/share/doc/<package>/copyright)
    // states them; docs/licences.md lists the same with the copyright holders.
    return {
        m("espeak-ng (espeak-ng-data)", "GPL-3.0-or-later",
          QT_TRANSLATE_NOOP("st::AboutDialog", "synthetic training speech (harmonic and Klatt variants); the demo clip (en-gb voice)")),
        m("flite (voices kal, kal16, rms, slt)", "BSD-like (Carnegie Mellon University)", QT_TRANSLATE_NOOP("st::AboutDialog", "synthetic training speech")),
        m("festival, festlex-cmu, festlex-poslex", "MIT-like (CSTR, University of Edinburgh; CMU)",
          QT_TRANSLATE_NOOP("st::AboutDialog", "synthesis engine and English lexicons of the diphone voices")),
        m("festvox-kallpc16k, festvox-kdlpc16k", "MIT-like (CSTR, University of Edinburgh; CMU)",
          QT_TRANSLATE_NOOP("st::AboutDialog", "synthetic training speech (kal and ked diphone voices)")),
        m("festvox-italp16k, festvox-itapc16k", "GPL-2.0-or-later", QT_TRANSLATE_NOOP("st::AboutDialog", "synthetic training speech (Italian diphone voices)")),
        m("festvox-czech-ph", "GPL-2.0-or-later", QT_TRANSLATE_NOOP("st::AboutDialog", "synthetic training speech (Czech diphone voice)")),
        m("festvox-suopuhe-lj, festvox-suopuhe-mv", "LGPL-2.0-or-later", QT_TRANSLATE_NOOP("st::AboutDialog", "synthetic training speech (Finnish diphone voices)")),
        m("sptk", "BSD-3-Clause", QT_TRANSLATE_NOOP("st::AboutDialog", "copy synthesis (MLSA and LPC vocoding) of the bona fide recordings")),
        m("asterisk-core-sounds-en-g722 (Allison Smith, Digium)", "CC-BY-SA-3.0",
          QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: 258 English prompts (corpus/allison-training-prompts.txt)")),
        m("asterisk-core-sounds-it-wav, asterisk-core-sounds-ru-wav", "CC-BY-3.0", QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: Italian and Russian prompts")),
        m("asterisk-prompt-it-menardi-wav (Marco Menardi)", "CC-BY-SA-3.0 (Italian)", QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: Italian prompts")),
        m("festvox-ru (Nickolay V. Shmyrev)", "BSD-like", QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: the natural recordings of its speaker database")),
        m("klettres-data, ktuberling-data, kajongg (KDE)", "GPL-2.0-or-later", QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: spoken letters, words and game calls")),
        m("fillets-ng-data", "GPL-2.0-only", QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: the game's dialogue")),
        m("codec2-examples (David Rowe)", "LGPL-2.1", QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: its unprocessed speech samples")),
        m("sphinxtrain (Carnegie Mellon University)", "BSD-2-Clause", QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: sa1.wav")),
        m("linphone-common (Belledonne Communications)", "GPL-3.0-or-later", QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: hello*.wav")),
        m("alsa-utils", "GPL-2.0-only", QT_TRANSLATE_NOOP("st::AboutDialog", "bona fide speech: the spoken channel names")),
    };
}

QString buildFacts()
{
    QStringList l;
    l << QStringLiteral("SourceTrace: %1").arg(QStringLiteral(SOURCETRACE_VERSION));
    l << QStringLiteral("build: %1, %2").arg(buildDate(), buildType());
    l << QStringLiteral("git commit: %1").arg(QStringLiteral(SOURCETRACE_GIT_COMMIT));
    l << QStringLiteral("compiler: %1").arg(QStringLiteral(SOURCETRACE_COMPILER));
    const DefaultModelInfo model = describeDefaultModel();
    if (!model.found) {
        l << QStringLiteral("default model: %1 not found").arg(model.name);
    } else {
        l << QStringLiteral("default model: %1 (%2)").arg(model.name, model.version);
        const QString sha = !model.actualSha256.isEmpty() ? model.actualSha256 : model.pinnedSha256;
        l << QStringLiteral("weights SHA-256: %1 (%2)").arg(sha.isEmpty() ? QStringLiteral("-") : sha, model.state);
    }
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
                                "examination. Everything runs offline: SourceTrace never uses the network.</p>")
                                 .arg(QStringLiteral(SOURCETRACE_VERSION)));
    title->setWordWrap(true);
    const QString facts = buildFacts();
    auto *build = new QLabel;
    build->setObjectName(QStringLiteral("aboutBuild"));
    build->setTextFormat(Qt::PlainText);
    build->setTextInteractionFlags(Qt::TextSelectableByMouse);
    build->setFont(QFont(QStringLiteral("monospace")));
    build->setWordWrap(true);
    build->setText(facts);

    QStringList licenceLines;
    auto makeTable = [&](const QList<ComponentLicence> &parts, const QString &name, bool withVersion) {
        auto *table = new QTableWidget(parts.size(), withVersion ? 4 : 3);
        table->setObjectName(name);
        if (withVersion)
            table->setHorizontalHeaderLabels({tr("Component"), tr("Licence"), tr("Version"), tr("Used for")});
        else
            table->setHorizontalHeaderLabels({tr("Debian package"), tr("Licence"), tr("What was used")});
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        for (int r = 0; r < parts.size(); ++r) {
            const ComponentLicence &c = parts[r];
            int col = 0;
            table->setItem(r, col++, new QTableWidgetItem(c.component));
            table->setItem(r, col++, new QTableWidgetItem(c.licence));
            if (withVersion) {
                auto *version = new QTableWidgetItem(c.version);
                version->setToolTip(c.version);
                table->setItem(r, col++, version);
            }
            // What it is used for, in the interface language (the lists keep English: docs/licences.md, build facts).
            const QString useText = QCoreApplication::translate("st::AboutDialog", c.use.toUtf8().constData());
            auto *use = new QTableWidgetItem(useText);
            use->setToolTip(useText);
            table->setItem(r, col, use);
            licenceLines << (c.version.isEmpty() ? QStringLiteral("%1: %2 (%3)").arg(c.component, c.licence, c.use)
                                                 : QStringLiteral("%1 %2: %3").arg(c.component, c.version, c.licence));
        }
        table->resizeColumnsToContents();
        table->setColumnWidth(0, std::min(table->columnWidth(0), 330));
        if (withVersion)
            table->setColumnWidth(2, std::min(table->columnWidth(2), 170)); // PortAudio's version text is a sentence
        table->horizontalHeader()->setSectionResizeMode(table->columnCount() - 1, QHeaderView::Stretch);
        table->setWordWrap(true);
        return table;
    };
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->addTab(makeTable(componentLicences(), QStringLiteral("aboutLicences"), true), tr("Software"));
    licenceLines << QString();
    licenceLines << QStringLiteral("Material of the default model and the demo clip:");
    tabs->addTab(makeTable(materialLicences(), QStringLiteral("aboutMaterial"), false), tr("Model training material"));

    auto *note = new QLabel(tr("SourceTrace is free software under the GNU General Public License, version 3 or later "
                               "(/usr/share/common-licenses/GPL-3 on Debian); it comes with NO WARRANTY. The components keep "
                               "their own licences (above); their Debian packages carry the full texts under "
                               "/usr/share/doc/&lt;package&gt;/copyright. The default model, its calibration and its library "
                               "were computed by the project from the output of the synthesisers and from the recordings "
                               "listed under <i>Model training material</i>; none of that material itself is shipped. "
                               "Third-party model weights are not part of SourceTrace: each manifest states its weights' "
                               "licence (Models menu). Help › Manual, \"licences.md\", says more."));
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
    v->addWidget(tabs, 1);
    v->addWidget(note);
    v->addWidget(buttons);
    QSize size(900, 680);
    if (const QScreen *s = QGuiApplication::primaryScreen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(20, 60));
    resize(size);
}

} // namespace st
