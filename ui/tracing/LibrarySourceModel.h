#pragma once
// The sources of a fingerprint library as a tree for a QTreeView: one row per level (attack,
// acoustic model, vocoder, codec; always all four) showing how many sources and enrolment clips it
// holds, with one child row per source (name, clip count, attributes in the tooltip), in the
// library's order (creation). Rebuilt from the library with reload(); it never writes.
#include "library/SourceLevel.h"

#include <QStandardItemModel>

namespace st {

class FingerprintLibrary;

class LibrarySourceModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        LevelRole = Qt::UserRole + 1, ///< int(SourceLevel), on level and source rows
        NameRole,                     ///< source name (source rows only)
        CountRole,                    ///< enrolment clips of the source, or of the whole level
        IsSourceRole                  ///< true on source rows
    };

    explicit LibrarySourceModel(QObject *parent = nullptr);

    /// Reads every source of `lib` (null: empty tree).
    void reload(const FingerprintLibrary *lib);

    /// Row of a level (0..3, the order of allSourceLevels()).
    QModelIndex levelIndex(SourceLevel level) const;
    int sourceCount(SourceLevel level) const;
    int clipCount(SourceLevel level) const;
    /// Index of a source row, or invalid.
    QModelIndex sourceIndex(SourceLevel level, const QString &name) const;
    /// Display name of a level ("acoustic model").
    static QString levelTitle(SourceLevel level);
};

} // namespace st
