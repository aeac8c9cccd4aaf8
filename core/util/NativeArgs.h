#pragma once
// Command-line arguments as QStrings that still open the files they name. Qt decodes argv as UTF-8
// and replaces bytes that are not UTF-8 (a file name from an old Latin-1 archive: "caf\xe9.wav") with
// U+FFFD, so such a file could not be opened at all. An argument that does not survive the round trip
// and names an existing file is opened read-only once and passed on as /proc/self/fd/N, which every
// reader of the project (libsndfile, QFile, SQLite) opens like the file itself.
#include <QString>
#include <QStringList>

namespace st {

/// argv[0..argc) as QStrings (see above); `notes` receives one line per substituted argument.
QStringList nativeArguments(int argc, char **argv, QStringList *notes = nullptr);

} // namespace st
