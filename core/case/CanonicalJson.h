#pragma once
// The canonical JSON text of the audit log's details (docs/case-files.md, "Canonical JSON").
//
// It is, byte for byte, what Python writes with
//     json.dumps(value, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
// after reading the text back with json.loads, so that scripts/verify_audit_log.py (Python's standard library
// only) recomputes every hash of an exported audit log. Qt's QJsonDocument::Compact is close but not equal:
// it sorts keys by UTF-16 code units (Python by code points: they differ for keys outside the BMP) and writes
// 0.0001 as "1e-04" (Python: "0.0001"), so the case module writes its own:
//  - objects: keys sorted by Unicode code point, no whitespace; arrays in order;
//  - strings: UTF-8; escaped are only '"', '\\', \b \f \n \r \t and the other controls below U+0020 (as \u00xx,
//    lower-case hex); an unpaired surrogate becomes U+FFFD;
//  - numbers: a number with an integral value that fits a 64-bit integer as plain integer digits ("-0" is "0",
//    1e16 is "10000000000000000"): Qt's parser reads such a number back as an integer, Python's json as an int;
//    any other finite number as Python's repr(float): the shortest digits that read back to the same double,
//    fixed notation when the decimal exponent is in [-4, 16) ("0.0001", "123.5"), else "1.5e-05" / "1e+300"
//    (sign and at least two exponent digits); NaN and infinities as null (JSON has no such numbers);
//  - true, false, null.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace st {

/// The canonical UTF-8 text of a JSON value (see above).
QByteArray canonicalJson(const QJsonValue &value);
inline QByteArray canonicalJson(const QJsonObject &object) { return canonicalJson(QJsonValue(object)); }

/// A double as Python's repr(float) writes it ("0.1", "1e-07", "1.5e+300", "100.0", "nan", "inf"); canonical
/// text never holds "nan" or "inf" (canonicalJson writes null for them).
QByteArray pythonFloatRepr(double value);

/// A number as canonicalJson writes it ("3", "0.25", "1e-07"), also used for CSV cells (round-trips exactly).
QString canonicalNumber(double value);

/// Parses `text` as one JSON object and returns true when canonicalJson() of it is `text` itself.
bool isCanonicalJsonObject(const QByteArray &text);

} // namespace st
