#include "tracing/LibrarySourceModel.h"
#include "common/LocaleFormat.h"

#include "library/FingerprintLibrary.h"

namespace st {

LibrarySourceModel::LibrarySourceModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Source"), tr("Clips")});
    reload(nullptr);
}

QString LibrarySourceModel::levelTitle(SourceLevel level)
{
    switch (level) {
    case SourceLevel::Attack: return tr("attack");
    case SourceLevel::AcousticModel: return tr("acoustic model");
    case SourceLevel::Vocoder: return tr("vocoder");
    case SourceLevel::Codec: return tr("codec");
    }
    return {};
}

void LibrarySourceModel::reload(const FingerprintLibrary *lib)
{
    removeRows(0, rowCount());
    const QList<SourceInfo> all = lib ? lib->sources() : QList<SourceInfo>{};
    for (SourceLevel level : allSourceLevels()) {
        auto *row = new QStandardItem;
        auto *count = new QStandardItem;
        row->setEditable(false);
        count->setEditable(false);
        row->setData(int(level), LevelRole);
        row->setData(false, IsSourceRole);
        int sources = 0, clips = 0;
        for (const SourceInfo &s : all) {
            if (s.level != level)
                continue;
            ++sources;
            clips += s.count;
            auto *name = new QStandardItem(s.name);
            auto *n = new QStandardItem(QString::number(s.count));
            name->setEditable(false);
            n->setEditable(false);
            n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            name->setData(int(level), LevelRole);
            name->setData(s.name, NameRole);
            name->setData(s.count, CountRole);
            name->setData(true, IsSourceRole);
            QStringList tip{tr("%1 %2: %3 enrolment clips").arg(levelTitle(level), s.name).arg(s.count),
                            tr("created %1, modified %2").arg(shownDateTime(s.created), shownDateTime(s.modified))};
            for (auto it = s.attributes.cbegin(); it != s.attributes.cend(); ++it)
                tip << QStringLiteral("%1 = %2").arg(it.key(), it.value());
            name->setToolTip(tip.join(QLatin1Char('\n')));
            row->appendRow({name, n});
        }
        row->setText(sources == 1 ? tr("%1 (1 source)").arg(levelTitle(level))
                                  : tr("%1 (%2 sources)").arg(levelTitle(level)).arg(sources));
        row->setData(clips, CountRole);
        count->setText(QString::number(clips));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        appendRow({row, count});
    }
}

QModelIndex LibrarySourceModel::levelIndex(SourceLevel level) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r)->data(LevelRole).toInt() == int(level))
            return index(r, 0);
    return {};
}

int LibrarySourceModel::sourceCount(SourceLevel level) const { return rowCount(levelIndex(level)); }

int LibrarySourceModel::clipCount(SourceLevel level) const { return levelIndex(level).data(CountRole).toInt(); }

QModelIndex LibrarySourceModel::sourceIndex(SourceLevel level, const QString &name) const
{
    const QModelIndex parent = levelIndex(level);
    for (int r = 0; r < rowCount(parent); ++r) {
        const QModelIndex i = index(r, 0, parent);
        if (i.data(NameRole).toString() == name)
            return i;
    }
    return {};
}

} // namespace st
