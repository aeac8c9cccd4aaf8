// MainWindow, playback: the transport actions, the output device menu, the cursor following playback, and the
// state of every action that needs an open file.
#include "window/MainWindow.h"

#include "playback/PlaybackController.h"
#include "view/Pane.h"
#include "view/TimeRulerWidget.h"
#include "view/ViewState.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QStyle>

namespace st {

void MainWindow::buildPlaybackActions()
{
    QStyle *st = style();
    m_actPlay = makeAction(tr("&Play / pause"), QKeySequence(Qt::Key_Space), [this]() { m_playback->togglePlayPause(); });
    m_actPlay->setIcon(st->standardIcon(QStyle::SP_MediaPlay));
    m_actPlaySel = makeAction(tr("Play s&election"), QKeySequence(Qt::Key_P), [this]() {
        if (m_view->hasSelection())
            m_playback->playRange(m_view->selectionStart(), m_view->selectionEnd());
        else
            m_playback->play();
    });
    m_actPlaySel->setIcon(QIcon(QStringLiteral(":/icons/play-selection.svg")));
    m_actStop = makeAction(tr("&Stop"), QKeySequence(Qt::Key_S), [this]() { m_playback->stop(); });
    m_actStop->setIcon(st->standardIcon(QStyle::SP_MediaStop));
    m_actLoop = makeAction(tr("&Loop"), QKeySequence(Qt::Key_L), [this]() { m_playback->setLoop(m_actLoop->isChecked()); });
    m_actLoop->setCheckable(true);
    m_actLoop->setIcon(QIcon(QStringLiteral(":/icons/loop.svg")));
}

void MainWindow::connectPlayback()
{
    // A click in a pane or on the ruler moves the playback position (and the cursor, unless playing).
    for (Pane *p : {m_wavePane, m_specPane, m_scorePane}) {
        connect(p, &Pane::clicked, this, [this](qint64 f) {
            m_playback->seek(f);
            if (m_playback->state() != PlaybackController::State::Playing)
                m_view->setPlayFrame(f);
        });
    }
    connect(m_ruler, &TimeRulerWidget::clicked, this, [this](qint64 f) {
        m_playback->seek(f);
        if (m_playback->state() != PlaybackController::State::Playing)
            m_view->setPlayFrame(f);
    });
    connect(m_playback, &PlaybackController::positionChanged, this, [this](qint64 f) {
        if (m_playback->state() == PlaybackController::State::Playing) {
            m_view->setPlayFrame(f);
            m_view->ensureVisible(double(f));
        }
    });
    connect(m_playback, &PlaybackController::stateChanged, this, [this](PlaybackController::State s) {
        if (s == PlaybackController::State::Stopped)
            m_view->setPlayFrame(m_playback->position() > 0 ? m_playback->position() : -1);
        updatePlaybackUi();
    });
    connect(m_playback, &PlaybackController::errorOccurred, this,
            [this](const QString &msg) { showError(tr("Playback"), msg); });
}

void MainWindow::rebuildDeviceMenu()
{
    m_deviceMenu->clear();
    const QStringList names = m_output->deviceNames();
    if (names.isEmpty()) {
        m_deviceMenu->addAction(tr("(no output device found)"))->setEnabled(false);
        return;
    }
    auto *group = new QActionGroup(m_deviceMenu);
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = m_deviceMenu->addAction(names[i]);
        a->setCheckable(true);
        a->setChecked(i == m_output->currentDevice());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, i]() {
            m_playback->stop();
            m_output->setDevice(i);
            updatePlaybackUi();
        });
    }
}

void MainWindow::updatePlaybackUi()
{
    const bool available = m_output->isAvailable();
    const bool haveDoc = m_doc != nullptr;
    const QString reason = available ? QString() : m_output->unavailableReason();
    for (QAction *a : {m_actPlay, m_actPlaySel, m_actStop, m_actLoop}) {
        a->setEnabled(available && haveDoc);
        a->setToolTip(available ? a->text().remove(QLatin1Char('&')) : reason);
    }
    const bool playing = m_playback->state() == PlaybackController::State::Playing;
    m_actPlay->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (!available) {
        m_playbackLabel->setText(tr("No audio output"));
        m_playbackLabel->setToolTip(reason);
    } else {
        switch (m_playback->state()) {
        case PlaybackController::State::Playing: m_playbackLabel->setText(tr("Playing")); break;
        case PlaybackController::State::Paused: m_playbackLabel->setText(tr("Paused")); break;
        default: m_playbackLabel->setText(tr("Stopped")); break;
        }
        m_playbackLabel->setToolTip(m_output->deviceNames().value(m_output->currentDevice()));
    }
    for (QAction *a : {m_actExportImage, m_actExportSpec, m_actFit, m_actZoomIn, m_actZoomOut, m_actZoomSel})
        a->setEnabled(haveDoc);
    updateDetectUi();
    updateTraceUi();
}

} // namespace st
