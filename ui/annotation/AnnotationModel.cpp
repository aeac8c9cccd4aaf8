#include "annotation/AnnotationModel.h"
#include "common/LocaleFormat.h"

#include "audio/AudioFile.h"
#include "examination/CaseSession.h"
#include "util/Error.h"

#include <QLocale>
#include <QFileInfo>
#include <algorithm>

namespace st {

AnnotationModel::AnnotationModel(QObject *parent) : QAbstractTableModel(parent) {}

void AnnotationModel::setCaseSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &QObject::destroyed, this, [this]() {
            m_session = nullptr;
            rebind();
        });
        connect(session, &CaseSession::caseChanged, this, &AnnotationModel::rebind);
        connect(session, &CaseSession::currentItemChanged, this, &AnnotationModel::rebind);
        connect(session, &CaseSession::annotationsChanged, this, [this](qint64 item) {
            if (m_storage == Storage::Case || m_storage == Storage::ReadOnlyCase)
                if (item == m_item || item <= 0)
                    reload();
        });
    }
    rebind();
}

void AnnotationModel::setClip(const QString &path, const QString &sha256)
{
    m_path = path;
    m_sha = sha256.toLower();
    rebind();
}

void AnnotationModel::setClipSha256(const QString &sha256) { m_sha = sha256.toLower(); }

QString AnnotationModel::clipSha256()
{
    if (m_sha.isEmpty()) {
        if (m_path.isEmpty())
            throw Error(tr("no clip is open"));
        m_sha = sha256OfFile(m_path);
    }
    return m_sha;
}

void AnnotationModel::rebind()
{
    Storage s = Storage::NoClip;
    qint64 item = -1;
    if (!m_path.isEmpty()) {
        s = Storage::Memory;
        if (m_session && m_session->isOpen() && m_session->currentItemId() >= 0) {
            item = m_session->currentItemId();
            s = m_session->isReadOnly() ? Storage::ReadOnlyCase : Storage::Case;
        }
    }
    const bool moved = s != m_storage || item != m_item;
    m_storage = s;
    m_item = item;
    m_alias.clear();
    if (moved)
        m_selected = 0;
    reload();
    emit storageChanged();
}

void AnnotationModel::reload()
{
    QList<Annotation> list;
    if (m_storage == Storage::Memory) {
        list = m_memory.value(m_path);
    } else if (m_storage == Storage::Case || m_storage == Storage::ReadOnlyCase) {
        try {
            list = m_session->caseFile()->annotations(m_item);
        } catch (const Error &e) {
            qWarning("%s", qPrintable(e.message()));
        }
    }
    setList(std::move(list));
}

void AnnotationModel::setList(QList<Annotation> list)
{
    std::stable_sort(list.begin(), list.end(), [](const Annotation &a, const Annotation &b) {
        return a.startS != b.startS ? a.startS < b.startS : a.id < b.id;
    });
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
    if (m_selected && rowOf(m_selected) < 0) {
        m_selected = 0;
        emit selectedChanged(0);
    }
    emit annotationsChanged();
}

QString AnnotationModel::storageText() const
{
    switch (m_storage) {
    case Storage::NoClip:
        return tr("Open a clip to annotate it.");
    case Storage::Memory:
        return tr("Not saved: %1 is not an item of an open case. These annotations are kept for this session only, "
                  "until the clip is added to a case (export them as CSV to keep them).")
            .arg(QFileInfo(m_path).fileName());
    case Storage::Case:
        return tr("Saved in case %1 (item %2); every change is logged in its audit log.")
            .arg(QFileInfo(m_session->caseFile()->path()).fileName())
            .arg(m_item);
    case Storage::ReadOnlyCase:
        return tr("Read-only: %1").arg(editBlocker());
    }
    return {};
}

QString AnnotationModel::editBlocker() const
{
    switch (m_storage) {
    case Storage::NoClip:
        return tr("no clip is open");
    case Storage::ReadOnlyCase: {
        const QString why = m_session && m_session->caseFile() ? m_session->caseFile()->readOnlyReason() : QString();
        return tr("the case is read-only (%1): annotations are shown but cannot be changed")
            .arg(why.isEmpty() ? tr("no reason given") : why);
    }
    default:
        return {};
    }
}

std::optional<Annotation> AnnotationModel::find(qint64 id) const
{
    const int r = rowOf(id);
    if (r < 0)
        return std::nullopt;
    return m_list[r];
}

int AnnotationModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_list.size(); ++i)
        if (m_list[i].id == id)
            return i;
    return -1;
}

qint64 AnnotationModel::resolve(qint64 id) const
{
    int guard = 0;
    while (m_alias.contains(id) && guard++ < 100000)
        id = m_alias.value(id);
    return id;
}

void AnnotationModel::alias(qint64 from, qint64 to)
{
    if (from != to)
        m_alias.insert(from, to);
}

Annotation AnnotationModel::add(Annotation a)
{
    if (!canEdit())
        throw Error(m_path, editBlocker());
    const QString problem = annotationProblem(a);
    if (!problem.isEmpty())
        throw Error(m_path, problem);
    Annotation stored;
    if (m_storage == Storage::Case) {
        a.id = 0;
        a.evidenceId = m_item;
        stored = m_session->caseFile()->addAnnotation(a);
    } else {
        stored = a;
        stored.id = m_nextMemoryId++;
        stored.evidenceId = 0;
        stored.author = tr("this session");
        stored.created = stored.modified = QDateTime::currentDateTimeUtc();
        m_memory[m_path].append(stored);
    }
    reload();
    if (m_storage == Storage::Case)
        m_session->notifyAnnotationsChanged(m_item);
    return stored;
}

Annotation AnnotationModel::update(const Annotation &a)
{
    if (!canEdit())
        throw Error(m_path, editBlocker());
    const QString problem = annotationProblem(a);
    if (!problem.isEmpty())
        throw Error(m_path, problem);
    Annotation stored;
    if (m_storage == Storage::Case) {
        Annotation b = a;
        b.evidenceId = m_item;
        stored = m_session->caseFile()->updateAnnotation(b);
    } else {
        QList<Annotation> &mem = m_memory[m_path];
        auto it = std::find_if(mem.begin(), mem.end(), [&](const Annotation &x) { return x.id == a.id; });
        if (it == mem.end())
            throw Error(m_path, tr("annotation %1 does not exist").arg(a.id));
        const QDateTime created = it->created;
        *it = a;
        it->created = created;
        it->modified = QDateTime::currentDateTimeUtc();
        stored = *it;
    }
    reload();
    if (m_storage == Storage::Case)
        m_session->notifyAnnotationsChanged(m_item);
    return stored;
}

void AnnotationModel::remove(qint64 id)
{
    if (!canEdit())
        throw Error(m_path, editBlocker());
    if (m_storage == Storage::Case) {
        m_session->caseFile()->removeAnnotation(id);
    } else {
        QList<Annotation> &mem = m_memory[m_path];
        const auto n = mem.size();
        mem.erase(std::remove_if(mem.begin(), mem.end(), [&](const Annotation &x) { return x.id == id; }), mem.end());
        if (mem.size() == n)
            throw Error(m_path, tr("annotation %1 does not exist").arg(id));
    }
    reload();
    if (m_storage == Storage::Case)
        m_session->notifyAnnotationsChanged(m_item);
}

int AnnotationModel::sessionAnnotationsPending() const
{
    return m_storage == Storage::Case ? int(m_memory.value(m_path).size()) : 0;
}

int AnnotationModel::moveSessionAnnotationsToCase()
{
    if (m_storage != Storage::Case)
        throw Error(m_path, tr("the clip is not an item of a writable case"));
    QList<Annotation> &mem = m_memory[m_path];
    int n = 0;
    try {
        while (!mem.isEmpty()) {
            Annotation a = mem.first();
            a.id = 0;
            a.evidenceId = m_item;
            a.author.clear();
            m_session->caseFile()->addAnnotation(a);
            mem.removeFirst();
            ++n;
        }
    } catch (const Error &) {
        reload();
        m_session->notifyAnnotationsChanged(m_item);
        throw;
    }
    m_memory.remove(m_path);
    reload();
    m_session->notifyAnnotationsChanged(m_item);
    return n;
}

void AnnotationModel::setSelectedId(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    emit selectedChanged(id);
}

int AnnotationModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_list.size()); }

int AnnotationModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.size())
        return {};
    const Annotation &a = m_list[index.row()];
    if (role == IdRole)
        return a.id;
    if (role == SortRole) {
        switch (index.column()) {
        case StartColumn: return a.startS;
        case EndColumn: return a.endS;
        case CueColumn: return cueName(a.cue);
        case LocalityColumn: return a.locality;
        case AudibleColumn: return a.audible ? 1 : 0;
        case TextColumn: return a.text;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartColumn: return shownLocale().toString(a.startS, 'f', 3);
        case EndColumn: return shownLocale().toString(a.endS, 'f', 3);
        case CueColumn:
            return a.band ? tr("%1 (%2–%3 Hz)").arg(cueName(a.cue)).arg(shownLocale().toString(a.band->lowHz, 'f', 0)).arg(shownLocale().toString(a.band->highHz, 'f', 0))
                          : cueName(a.cue);
        case LocalityColumn: return a.locality;
        case AudibleColumn: return a.audible ? tr("yes") : tr("no");
        case TextColumn: return a.text.section(QLatin1Char('\n'), 0, 0);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 s to %2 s, %3, locality %4, %5%6%7")
            .arg(shownLocale().toString(a.startS, 'f', 3))
            .arg(shownLocale().toString(a.endS, 'f', 3))
            .arg(cueName(a.cue))
            .arg(a.locality)
            .arg(a.audible ? tr("audible") : tr("not audible"))
            .arg(a.author.isEmpty() ? QString() : tr(", by %1").arg(a.author))
            .arg(a.text.isEmpty() ? QString() : QStringLiteral("\n") + a.text);
    if (role == Qt::TextAlignmentRole && (index.column() == StartColumn || index.column() == EndColumn || index.column() == LocalityColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn: return tr("Start (s)");
    case EndColumn: return tr("End (s)");
    case CueColumn: return tr("Cue");
    case LocalityColumn: return tr("Locality");
    case AudibleColumn: return tr("Audible");
    case TextColumn: return tr("Text");
    default: return {};
    }
}

} // namespace st
