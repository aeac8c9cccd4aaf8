#include "cli/LibraryCliSupport.h"

#include "cli/ModelCliSupport.h"
#include "models/EmbeddingStore.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace st::cli {

void addLibraryInputOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("protocol"), QCoreApplication::translate("LibraryCliSupport", "Project protocol TSV (columns file, attack, acoustic_model, waveform_generator, codec, ...)."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("root"), QCoreApplication::translate("LibraryCliSupport", "Folder the protocol's file column is relative to (default: the protocol's folder)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("embeddings"), QCoreApplication::translate("LibraryCliSupport", "Take embeddings from a `sourcetrace-cli embed` output folder instead of running the model (keys = file column / paths as given)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("LibraryCliSupport", "The model (default: the library's; another one is refused)."), QStringLiteral("M")});
    p.addOption({QStringLiteral("threads"), QCoreApplication::translate("LibraryCliSupport", "CPU threads for the model."), QStringLiteral("N")});
    p.addOption({QStringLiteral("cpu"), QCoreApplication::translate("LibraryCliSupport", "Run on the CPU even when a CUDA GPU is usable.")});
    p.addOption({QStringLiteral("no-progress"), QCoreApplication::translate("LibraryCliSupport", "No progress bar on stderr.")});
}

std::vector<LabelledInput> libraryInputs(const QCommandLineParser &p, int firstFile)
{
    std::vector<LabelledInput> out;
    const QStringList pos = p.positionalArguments();
    for (int i = firstFile; i < pos.size(); ++i) {
        LabelledInput in;
        in.key = pos[i];
        in.path = pos[i];
        in.labels.file = pos[i];
        out.push_back(in);
    }
    if (p.isSet(QStringLiteral("protocol"))) {
        const QString proto = p.value(QStringLiteral("protocol"));
        const QString root = p.isSet(QStringLiteral("root")) ? p.value(QStringLiteral("root")) : protocolFolder(proto);
        // Every clip protocol `detect` and `evaluate` read (project TSV, ASVspoof LA, MLAAD), through the same
        // core reader, so a clip carries the same labels everywhere; paths as clipInputs() resolves them.
        if (detectProtocolFormat(proto) == ProtocolFormat::StopaTrials)
            throw Error(proto, QCoreApplication::translate("LibraryCliSupport", "this is a STOPA trial list, not a list of labelled clips: give a clip "
                                              "protocol (the project's TSV, an ASVspoof LA protocol or an MLAAD CSV)"));
        for (const LabelledClip &c : readClipProtocol(proto)) {
            LabelledInput in;
            in.key = c.file;
            in.path = resolveClipPath(root, c.file);
            in.labels = c;
            out.push_back(in);
        }
    }
    return out;
}

EmbeddingSource::EmbeddingSource(const QCommandLineParser &p, const FingerprintLibrary &library)
{
    if (p.isSet(QStringLiteral("embeddings"))) {
        const QDir dir(p.value(QStringLiteral("embeddings")));
        QFile mj(dir.filePath(QStringLiteral("model.json")));
        if (!mj.open(QIODevice::ReadOnly))
            throw Error(mj.fileName(), QCoreApplication::translate("LibraryCliSupport", "cannot read: is %1 an `embed` output folder?").arg(dir.path()));
        const QJsonObject o = QJsonDocument::fromJson(mj.readAll()).object();
        ModelBinding b;
        b.name = o.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString();
        b.weightsSha256 = o.value(QStringLiteral("weightsSha256")).toString();
        b.dimension = o.value(QStringLiteral("embeddingDim")).toInt();
        library.checkModel(b);
        std::vector<int64_t> shape;
        m_embeddings = readNpy(dir.filePath(QStringLiteral("embeddings.npy")), shape);
        if (shape.size() != 2 || shape[1] != b.dimension)
            throw Error(dir.filePath(QStringLiteral("embeddings.npy")), QCoreApplication::translate("LibraryCliSupport", "expected N x %1 embeddings").arg(b.dimension));
        m_dim = int(shape[1]);
        m_embeddingsFile = dir.filePath(QStringLiteral("embeddings.npy"));
        const QStringList keys = EmbeddingStore::readKeys(dir.filePath(QStringLiteral("keys.txt")));
        if (keys.size() != shape[0])
            throw Error(dir.filePath(QStringLiteral("keys.txt")), QCoreApplication::translate("LibraryCliSupport", "%1 keys for %2 embeddings").arg(keys.size()).arg(shape[0]));
        for (int i = 0; i < keys.size(); ++i) {
            // A key given twice would silently take the later row: refuse the folder instead.
            if (m_keys.contains(keys[i]))
                throw Error(dir.filePath(QStringLiteral("keys.txt")), QCoreApplication::translate("LibraryCliSupport", "key '%1' appears twice (rows %2 and %3): which embedding is it?")
                                                                          .arg(keys[i]).arg(m_keys.value(keys[i])).arg(i), i + 1);
            m_keys.insert(keys[i], i);
        }
        if (QFileInfo::exists(dir.filePath(QStringLiteral("logits.npy")))) {
            std::vector<int64_t> ls;
            m_logits = readNpy(dir.filePath(QStringLiteral("logits.npy")), ls);
            m_classes = ls.size() == 2 && ls[0] == shape[0] ? int(ls[1]) : 0;
            if (m_classes == 0)
                m_logits.clear();
        }
        m_what = QCoreApplication::translate("LibraryCliSupport", "embeddings of %1 from %2 (%3 clips)").arg(b.describe(), dir.path()).arg(keys.size());
        return;
    }
    ModelManifest m = ModelRegistry().resolve(p.isSet(QStringLiteral("model")) ? p.value(QStringLiteral("model")) : library.model().name);
    library.checkModel(ModelBinding::of(m));
    EmbeddingModelPtr model = loadModel(m, p);
    m_runner = std::make_unique<ModelRunner>(model);
    m_sampleRate = m.sampleRate;
    m_what = QCoreApplication::translate("LibraryCliSupport", "model %1 on %2").arg(ModelBinding::of(m).describe(), model->device());
}

EmbeddingSource::~EmbeddingSource() = default;

QString EmbeddingSource::describe() const { return m_what; }

std::vector<float> EmbeddingSource::embed(const LabelledInput &in, std::vector<float> *logits)
{
    if (m_runner) {
        const std::vector<float> clip = readClip(in.path, m_sampleRate);
        if (clip.empty())
            throw Error(in.path, QCoreApplication::translate("LibraryCliSupport", "no samples"));
        ClipResult r = m_runner->run(clip);
        for (float v : r.embedding)
            if (!std::isfinite(v))
                throw Error(in.path, QCoreApplication::translate("LibraryCliSupport", "the model gave a non-finite embedding value: nothing is enrolled or traced for this clip"));
        if (logits)
            *logits = r.logits;
        return r.embedding;
    }
    auto it = m_keys.constFind(in.key);
    if (it == m_keys.constEnd())
        throw Error(in.path, QCoreApplication::translate("LibraryCliSupport", "no embedding for key '%1' in the --embeddings folder").arg(in.key));
    const std::size_t row = std::size_t(*it);
    // A NaN or infinite row is an error for that clip, never an embedding.
    for (int c = 0; c < m_dim; ++c)
        if (!std::isfinite(m_embeddings[row * std::size_t(m_dim) + std::size_t(c)]))
            throw Error(m_embeddingsFile, QCoreApplication::translate("LibraryCliSupport", "row %1 (key '%2', column %3) is not finite (%4): no embedding for %5")
                                              .arg(row).arg(in.key).arg(c)
                                              .arg(double(m_embeddings[row * std::size_t(m_dim) + std::size_t(c)]))
                                              .arg(in.path));
    if (logits) {
        logits->clear();
        if (m_classes > 0)
            logits->assign(m_logits.begin() + std::ptrdiff_t(row * std::size_t(m_classes)),
                           m_logits.begin() + std::ptrdiff_t((row + 1) * std::size_t(m_classes)));
        for (float v : *logits)
            if (!std::isfinite(v))
                throw Error(QFileInfo(m_embeddingsFile).dir().filePath(QStringLiteral("logits.npy")),
                            QCoreApplication::translate("LibraryCliSupport", "row %1 (key '%2') holds a non-finite logit: no OOD scores for %3").arg(row).arg(in.key, in.path));
    }
    return std::vector<float>(m_embeddings.begin() + std::ptrdiff_t(row * std::size_t(m_dim)),
                              m_embeddings.begin() + std::ptrdiff_t((row + 1) * std::size_t(m_dim)));
}

} // namespace st::cli
