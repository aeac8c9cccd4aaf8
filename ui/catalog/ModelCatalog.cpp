#include "catalog/ModelCatalog.h"

#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QPointer>
#include <memory>

namespace st {

QString CatalogEntry::description() const
{
    if (!usable)
        return reason;
    QString s = manifest.architecture.isEmpty() ? manifest.kind : manifest.architecture;
    if (s.size() > 140)
        s = s.left(137) + QStringLiteral("...");
    s += QStringLiteral("\n") + (manifest.isDetector() ? manifest.scoreConvention()
                                                       : QObject::tr("not a detector (%1 classes)").arg(manifest.classNames.size()));
    s += QObject::tr("\nweights SHA-256 %1…").arg(manifest.weightsSha256.left(12));
    return s;
}

ModelCatalog::ModelCatalog(QObject *parent) : QObject(parent) {}

QStringList ModelCatalog::folders() const
{
    return m_folders.isEmpty() ? ModelRegistry::defaultFolders() : m_folders;
}

QList<CatalogEntry> ModelCatalog::scan(const QStringList &folders)
{
    ModelRegistry reg(folders);
    reg.checkWeights();
    QList<CatalogEntry> out;
    for (const ModelEntry &e : reg.entries()) {
        if (!e.shadowedBy.isEmpty())
            continue;
        CatalogEntry c;
        c.name = e.manifest.name;
        c.manifest = e.manifest;
        c.usable = e.weights == ModelEntry::WeightsState::Ok;
        if (!c.usable) {
            try {
                ModelRegistry::verifyWeights(e.manifest); // its message says what is wrong and what to do
                c.reason = QObject::tr("weights %1").arg(weightsStateName(e.weights));
            } catch (const Error &err) {
                c.reason = err.message();
            }
        }
        out.append(c);
    }
    for (const QString &problem : reg.problems()) {
        CatalogEntry c;
        c.name = QFileInfo(problem.section(QLatin1Char(':'), 0, 0)).fileName();
        c.reason = problem;
        out.append(c);
    }
    return out;
}

const CatalogEntry *ModelCatalog::find(const QString &name) const
{
    for (const CatalogEntry &e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

void ModelCatalog::refresh(JobManager *jobs)
{
    const QStringList dirs = folders();
    const int generation = ++m_generation;
    auto result = std::make_shared<QList<CatalogEntry>>();
    JobPtr job = std::make_shared<Job>(tr("Check models"), [dirs, result](JobContext &ctx) {
        ctx.setProgress(0.1, tr("hashing weights"));
        *result = scan(dirs);
        return QVariant(int(result->size()));
    });
    QPointer<ModelCatalog> self(this);
    job->onFinished([self, result, generation](const Job &j) {
        if (!self || generation != self->m_generation)
            return;
        if (j.state() == JobState::Succeeded) {
            self->m_entries = *result;
            self->m_ready = true;
            emit self->ready();
        } else if (j.state() == JobState::Failed) {
            emit self->failed(j.errorMessage());
        }
    });
    jobs->submit(job);
}

} // namespace st
