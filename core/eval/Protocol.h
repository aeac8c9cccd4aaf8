#pragma once
// Protocol readers: the label files of the corpora SourceTrace evaluates on, mapped onto one clip record
// (LabelledClip) or, for STOPA's verification-style trials, onto a TrialList. docs/protocols.md describes
// every format with an example. Every reader throws st::Error(path, cause, line) on the first line that does
// not parse, naming the line (1-based) and what was expected; a file that cannot be opened is reported with
// line 0. Blank lines are skipped everywhere; line ends may be LF or CRLF; a UTF-8 BOM is ignored.
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace st {

/// One labelled clip. `attack` is the source label a classifier predicts ("bonafide" for bona fide clips);
/// acousticModel / vocoder / codec are empty when the protocol does not say.
struct LabelledClip
{
    QString file;
    QString attack;
    QString acousticModel;
    QString vocoder;
    QString codec;
    bool isBonafide = false;
    QMap<QString, QString> attributes; ///< every other column, by its header name
};

/// STOPA trials (trial clip vs fingerprint), one entry per trial, column-wise (a trial list can hold millions).
struct TrialList
{
    QStringList files;        ///< trial clip
    QStringList fingerprints; ///< the fingerprint / enrolment source, e.g. "AA01-co-100"
    QStringList attacks;      ///< the trial clip's own attack (column ATK), e.g. "AA03"
    std::vector<char> targetAtk, targetAm, targetVm; ///< IsTargetATK / IsTargetAcousticModel / IsTargetVocoderModel
    std::vector<char> targetAmArch, targetVmArch;     ///< IsTargetAmArchit / IsTargetVmArchit; empty if absent
    std::vector<double> scores; ///< the score column (CosScore or score); empty if the file has none

    std::size_t size() const { return std::size_t(files.size()); }
    bool hasScores() const { return !scores.empty(); }
    /// The attack a fingerprint was made from: its name up to the first '-' ("AA01-co-100" -> "AA01").
    static QString fingerprintAttack(const QString &fingerprint);
    /// The attacks that have a fingerprint in this list: the "known" attacks of STOPA's protocol.
    QSet<QString> fingerprintAttacks() const;
};

enum class ProtocolFormat
{
    Unknown,
    ProjectTsv,     ///< SourceTrace's own protocol.tsv (tab-separated, header with file and attack)
    AsvspoofLa,     ///< ASVspoof 2019 LA CM (5 fields) or 2021 LA (8 fields), whitespace-separated, no header
    Mlaad,          ///< MLAAD source-tracing protocol CSV (header with path and model_name)
    StopaTrials,    ///< STOPA trial list (header with IsTargetATK ...)
};

/// Guesses the format from the first non-blank line; Unknown when nothing fits.
ProtocolFormat detectProtocolFormat(const QString &path);

std::vector<LabelledClip> readProjectTsv(const QString &path);
std::vector<LabelledClip> readAsvspoofLaProtocol(const QString &path);
std::vector<LabelledClip> readMlaadProtocol(const QString &path);
/// Any clip protocol (the first three formats), by detectProtocolFormat; throws for trial lists / unknown.
/// Every reader refuses a file listed twice, a header without rows, invalid UTF-8 (st::Error naming the line).
std::vector<LabelledClip> readClipProtocol(const QString &path);

TrialList readStopaTrials(const QString &path);

/// A `file`-column list: any tab-separated file with a header holding a column `file` (other columns
/// ignored; only `file` is filled). Same rules as the readers above: UTF-8, no duplicates, at least one row.
std::vector<LabelledClip> readFileListTsv(const QString &path);

/// The path of a protocol's clip: `file` if absolute, else root/file (root as given). An extension-less name
/// that does not exist but does with ".flac" gets it (ASVspoof). Never cleaned textually: a path with "." or
/// ".." that exists is replaced by its canonical path (the kernel resolves symlinks before ".."), one that
/// does not is returned as written. The one resolution used by every command that reads a clip protocol.
QString resolveClipPath(const QString &root, const QString &file);
/// The default root of a protocol's clips: the folder of `protocolPath`, made absolute against the current folder
/// but not cleaned (QFileInfo::absolutePath would resolve ".." textually).
QString protocolFolder(const QString &protocolPath);

/// Decodes one line of a text input as UTF-8; throws st::Error(path, cause, line) naming the byte for invalid
/// UTF-8 or a NUL byte (never replaces it silently with U+FFFD).
QString decodeUtf8Line(const QString &path, const QByteArray &raw, int line);
/// Offset of the first byte of `raw` that is not part of valid UTF-8 (overlongs, surrogates refused), or -1.
int firstInvalidUtf8(const QByteArray &raw);
/// A finite number ("nan", "inf", overflow to inf refused): false when `text` is anything else.
bool parseFiniteNumber(const QString &text, double &out);

/// Splits one CSV record (RFC 4180 quoting: "a, b" and "" inside quotes). Returns false on an unterminated
/// quote. Exposed for the tests and other CSV readers of this module.
bool splitCsvLine(const QString &line, QChar delimiter, QStringList &fields);

} // namespace st
