// Fuzz target: opening a fingerprint library file (a .db someone hands over) the way the CLI and the GUI do:
// read-only (list / trace / export), inspect (verify), then read-write (the checks that guard a write, and one
// enrolment). A malicious or damaged file must give st::Error, never a crash, a hang, an unbounded allocation
// or an answer built from non-finite values.
#include "FuzzSupport.h"

#include "library/FingerprintLibrary.h"

#include <QFile>

namespace {

void readEverything(const st::FingerprintLibrary &lib)
{
    lib.schemaVersion();
    for (const st::SourceInfo &s : lib.sources()) {
        lib.fingerprint(s.level, s.name);
        lib.enrolments(s.level, s.name);
    }
    for (st::SourceLevel l : lib.levels()) {
        const st::EnrolmentSet set = lib.enrolmentSet(l);
        (void)set;
        lib.exportStopa(l);
    }
    lib.thresholds();
    lib.lrCalibrations();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    stfuzz::ensureApp();
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("input.db"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    stfuzz::expectCleanError([&] {
        st::FingerprintLibrary lib(path, st::LibraryAccess::ReadOnly);
        readEverything(lib);
    });
    stfuzz::expectCleanError([&] {
        st::FingerprintLibrary lib(path, st::LibraryAccess::Inspect);
        lib.verify();
    });
    stfuzz::expectCleanError([&] {
        st::FingerprintLibrary lib(path);
        st::EnrolmentClip c;
        c.sha256 = QStringLiteral("f00d");
        c.path = QStringLiteral("fuzz.flac");
        c.embedding.assign(std::size_t(lib.model().dimension), 0.25f);
        c.labels[st::SourceLevel::Attack] = QStringLiteral("fuzz");
        lib.enrol({c});
        readEverything(lib);
    });
    return 0;
}
