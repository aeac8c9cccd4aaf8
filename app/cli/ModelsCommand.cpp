// sourcetrace-cli models: what the model registry finds, and whether each model's weights are the
// pinned ones.
#include "cli/CliCommand.h"

#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace st::cli {

namespace {

QString policyText(const ModelManifest &m)
{
    switch (m.inputPolicy) {
    case InputPolicy::WholeClip: return QStringLiteral("whole-clip");
    case InputPolicy::FixedLength:
        return QStringLiteral("fixed-length %1 (%2)").arg(m.inputLength)
            .arg(m.padding == Padding::Repeat ? QStringLiteral("repeat-pad") : QStringLiteral("zero-pad"));
    case InputPolicy::SlidingWindows: return QStringLiteral("sliding-windows %1/%2").arg(m.inputLength).arg(m.hop);
    }
    return {};
}

int runModels(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ModelsCommand", "Lists the models of the registry: $SOURCETRACE_MODEL_PATH (':'-separated), the user's model folder, the project's\n"
        "models/ folder. For each: name, kind, classes, sample rate, input policy, weights path and whether the weights'\n"
        "SHA-256 is the one the manifest pins. --check also loads each model (TorchScript: output shapes checked).\n"
        "Exit status 1 when a weights file differs from its manifest, a manifest is broken or (--check) a model fails to load."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("ModelsCommand", "JSON output.")});
    p.addOption({QStringLiteral("check"), QCoreApplication::translate("ModelsCommand", "Load every model whose weights are present.")});
    if (!p.parse(QStringList{QStringLiteral("sourcetrace-cli models")} + args)) {
        err(QStringLiteral("sourcetrace-cli models: %1").arg(p.errorText()));
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(helpText(p, QStringLiteral("models")));
        return 0;
    }

    ModelRegistry reg;
    reg.checkWeights();
    bool bad = !reg.problems().isEmpty();
    QJsonArray list;
    if (!p.isSet(QStringLiteral("json"))) {
        out(QCoreApplication::translate("ModelsCommand", "model folders: %1").arg(reg.folders().isEmpty() ? QCoreApplication::translate("ModelsCommand", "(none)") : reg.folders().join(QStringLiteral(", "))));
        out(QStringLiteral("%1 %2 %3 %4 %5 %6  %7").arg(QStringLiteral("name"), -14).arg(QStringLiteral("kind"), -14)
                .arg(QStringLiteral("classes"), -24).arg(QStringLiteral("rate"), -6).arg(QStringLiteral("policy"), -32)
                .arg(QStringLiteral("weights"), -10).arg(QStringLiteral("path")));
    }
    for (const ModelEntry &e : reg.entries()) {
        const ModelManifest &m = e.manifest;
        QString loadStatus;
        if (p.isSet(QStringLiteral("check")) && e.shadowedBy.isEmpty() && e.weights == ModelEntry::WeightsState::Ok) {
            try {
                RunOptions opt;
                opt.threads = 1;
                EmbeddingModelPtr model = ModelRegistry::load(m, opt);
                loadStatus = QCoreApplication::translate("ModelsCommand", "loads OK on %1").arg(model->device());
            } catch (const Error &x) {
                loadStatus = QCoreApplication::translate("ModelsCommand", "LOAD FAILED: %1").arg(x.message());
                bad = true;
            }
        }
        if (e.weights == ModelEntry::WeightsState::Mismatch)
            bad = true;
        QString classes = QStringLiteral("%1: %2").arg(m.classNames.size()).arg(m.classNames.join(QLatin1Char(',')));
        if (classes.size() > 24)
            classes = classes.left(21) + QStringLiteral("...");
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o = m.toJson();
            o.insert(QStringLiteral("manifestPath"), m.manifestPath);
            o.insert(QStringLiteral("weightsPath"), m.resolvedWeightsPath());
            o.insert(QStringLiteral("weightsState"), weightsStateName(e.weights));
            o.insert(QStringLiteral("actualSha256"), e.actualSha256);
            o.insert(QStringLiteral("shadowedBy"), e.shadowedBy);
            if (!loadStatus.isEmpty())
                o.insert(QStringLiteral("load"), loadStatus);
            list.append(o);
            continue;
        }
        out(QStringLiteral("%1 %2 %3 %4 %5 %6  %7").arg(m.name, -14).arg(m.kind, -14).arg(classes, -24)
                .arg(m.sampleRate, -6).arg(policyText(m), -32).arg(weightsStateName(e.weights), -10).arg(m.resolvedWeightsPath()));
        if (e.weights == ModelEntry::WeightsState::Mismatch)
            out(QCoreApplication::translate("ModelsCommand", "    weights SHA-256 %1, but the manifest %2 pins %3").arg(e.actualSha256, m.manifestPath, m.weightsSha256));
        if (!e.shadowedBy.isEmpty())
            out(QCoreApplication::translate("ModelsCommand", "    (%1 is hidden by %2, which has the same name)").arg(m.manifestPath, e.shadowedBy));
        if (!loadStatus.isEmpty())
            out(QStringLiteral("    %1").arg(loadStatus));
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("folders"), QJsonArray::fromStringList(reg.folders()));
        o.insert(QStringLiteral("models"), list);
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(reg.problems()));
        out(QString::fromUtf8(QJsonDocument(o).toJson()));
    } else {
        for (const QString &prob : reg.problems())
            err(QCoreApplication::translate("ModelsCommand", "broken manifest: %1").arg(prob));
    }
    return bad ? 1 : 0;
}

CliRegistrar reg(QStringLiteral("models"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "list the models (registry) and check their weights")), runModels);

} // namespace

} // namespace st::cli
