#include "document/MetadataPanel.h"
#include "common/LocaleFormat.h"

#include "document/AudioDocument.h"
#include "view/TimeRuler.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <cmath>

namespace st {

MetadataPanel::MetadataPanel(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    setLayout(form);
    addField("path", tr("File"));
    addField("format", tr("Format"));
    addField("rate", tr("Sample rate"));
    addField("channels", tr("Channels"));
    addField("duration", tr("Duration"));
    addField("frames", tr("Frames"));
    addField("size", tr("Size"));
    addField("sha256", tr("SHA-256"));
    m_hashProgress = new QProgressBar;
    m_hashProgress->setRange(0, 1000);
    m_hashProgress->setTextVisible(false);
    m_hashProgress->setMaximumHeight(6);
    form->addRow(QString(), m_hashProgress);
    addField("peak", tr("Peak"));
    addField("rms", tr("RMS"));
    addField("clipped", tr("Clipped samples"));
    refresh();
}

QLabel *MetadataPanel::addField(const QString &key, const QString &title)
{
    auto *l = new QLabel;
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    if (key == QLatin1String("sha256") || key == QLatin1String("path")) {
        QFont f = l->font();
        if (key == QLatin1String("sha256"))
            f.setFamily(QStringLiteral("monospace"));
        l->setFont(f);
        // These two wrap onto a second line in a narrow dock; reserve it so a squeezed dock never clips them.
        l->setMinimumHeight(2 * QFontMetrics(f).lineSpacing() + 2);
    }
    static_cast<QFormLayout *>(layout())->addRow(title + QLatin1Char(':'), l);
    m_fields.insert(key, l);
    return l;
}

QString MetadataPanel::fieldText(const QString &key) const
{
    const QLabel *l = m_fields.value(key);
    return l ? l->text() : QString();
}

void MetadataPanel::setDocument(AudioDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc) {
        connect(doc, &AudioDocument::statsReady, this, &MetadataPanel::refresh);
        connect(doc, &AudioDocument::hashReady, this, &MetadataPanel::refresh);
        connect(doc, &AudioDocument::hashProgress, this, &MetadataPanel::refresh);
        connect(doc, &AudioDocument::channelChanged, this, &MetadataPanel::refresh);
        connect(doc, &QObject::destroyed, this, [this]() {
            m_doc = nullptr;
            refresh();
        });
    }
    refresh();
}

void MetadataPanel::refresh()
{
    auto set = [this](const char *key, const QString &text) { m_fields.value(QLatin1String(key))->setText(text); };
    if (!m_doc) {
        for (QLabel *l : std::as_const(m_fields))
            l->setText(QStringLiteral("—"));
        m_hashProgress->setVisible(false);
        return;
    }
    const AudioInfo &i = m_doc->info();
    const QLocale loc = QLocale::c();
    set("path", QDir::toNativeSeparators(i.path));
    set("format", QStringLiteral("%1, %2").arg(i.container, i.sampleFormat));
    set("rate", QStringLiteral("%1 Hz").arg(i.sampleRate));
    const QString shown = m_doc->channel() == MixDown ? tr("shown mixed down") : tr("showing channel %1").arg(m_doc->channel() + 1);
    set("channels", i.channels == 1 ? tr("1 (mono)")
                    : i.channels == 2 ? tr("2 (stereo; %1)").arg(shown)
                                      : tr("%1 (%2)").arg(i.channels).arg(shown));
    set("duration", QStringLiteral("%1 (%2 s)").arg(TimeRuler::formatTime(i.durationSeconds(), 3)).arg(shownLocale().toString(i.durationSeconds(), 'f', 3)));
    set("frames", QString::number(i.frames));
    set("size", tr("%1 bytes").arg(i.fileSize));

    const QString hash = m_doc->sha256();
    if (!hash.isEmpty()) {
        // Two lines of 32 hex digits keep the dock narrow and the value easy to compare aloud.
        set("sha256", hash.left(32) + QLatin1Char('\n') + hash.mid(32));
        m_hashProgress->setVisible(false);
    } else if (!m_doc->sha256Error().isEmpty()) {
        set("sha256", tr("not computed: %1").arg(m_doc->sha256Error()));
        m_hashProgress->setVisible(false);
    } else {
        set("sha256", tr("computing... %1%").arg(int(m_doc->hashFraction() * 100)));
        m_hashProgress->setVisible(true);
        m_hashProgress->setValue(int(m_doc->hashFraction() * 1000));
    }

    if (m_doc->hasStats()) {
        const AudioStats s = m_doc->stats();
        auto dbfs = [](double v) { return std::isfinite(v) ? QStringLiteral("%1 dBFS").arg(shownLocale().toString(v, 'f', 2)) : QStringLiteral("-inf dBFS"); };
        set("peak", QStringLiteral("%1 (%2)").arg(dbfs(s.peakDbfs())).arg(shownLocale().toString(s.peak, 'f', 5)));
        set("rms", dbfs(s.rmsDbfs()));
        set("clipped", s.clippedSamples == 0 ? tr("none") : QString::number(s.clippedSamples));
    } else if (!m_doc->statsError().isEmpty()) {
        for (const char *k : {"peak", "rms", "clipped"})
            set(k, tr("not measured: %1").arg(m_doc->statsError()));
    } else {
        for (const char *k : {"peak", "rms", "clipped"})
            set(k, tr("measuring..."));
    }
}

} // namespace st
