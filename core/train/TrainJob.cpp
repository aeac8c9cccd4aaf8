#include "train/TrainJob.h"

#include <QVariantMap>

#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::TrainJob) };
} // namespace

namespace st::train {

QString formatEta(double s)
{
    if (s < 0 || !std::isfinite(s))
        return QStringLiteral("?");
    const long long t = std::llround(s);
    if (t < 60)
        return QStringLiteral("%1 s").arg(t);
    if (t < 3600)
        return QStringLiteral("%1 min %2 s").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min").arg(t / 3600).arg((t % 3600) / 60, 2, 10, QLatin1Char('0'));
}

Job::Work trainingWork(std::shared_ptr<Trainer> trainer, std::function<void(const EpochRecord &)> onEpoch)
{
    return [trainer, onEpoch](JobContext &ctx) -> QVariant {
        trainer->setCancel([&ctx] { return ctx.isCancelled(); });
        trainer->setProgress([&ctx](const TrainProgress &p) {
            QString stage = p.stage == QLatin1String("training")
                                ? Text::tr("epoch %1/%2, batch %3/%4, loss %5")
                                      .arg(p.epoch)
                                      .arg(p.epochs)
                                      .arg(p.batch)
                                      .arg(p.batches)
                                      .arg(p.loss, 0, 'f', 4)
                : p.stage == QLatin1String("validating") ? Text::tr("epoch %1/%2, validating").arg(p.epoch).arg(p.epochs)
                : p.stage == QLatin1String("exporting")  ? Text::tr("epoch %1/%2, exporting").arg(p.epoch).arg(p.epochs)
                                                         : Text::tr("epoch %1/%2, %3").arg(p.epoch).arg(p.epochs).arg(p.stage);
            if (p.etaSeconds >= 0)
                stage = Text::tr("%1, about %2 left").arg(stage, formatEta(p.etaSeconds));
            ctx.setProgress(p.fraction, stage);
        });
        if (onEpoch)
            trainer->setEpochCallback(onEpoch);
        const TrainResult r = trainer->run();
        if (r.cancelled)
            throw JobCancelled{};
        QVariantMap m;
        m.insert(QStringLiteral("runDir"), r.runDir);
        m.insert(QStringLiteral("modelDir"), r.modelDir);
        m.insert(QStringLiteral("manifest"), r.manifestPath);
        m.insert(QStringLiteral("bestEpoch"), r.bestEpoch);
        m.insert(QStringLiteral("bestValue"), r.bestValue);
        m.insert(QStringLiteral("stoppedEarly"), r.stoppedEarly);
        return m;
    };
}

} // namespace st::train
