#pragma once
// JSON form of every evaluation result, for `sourcetrace-cli evaluate` and saved reports. Rates are fractions
// (0..1) under keys without a unit; keys ending in `_percent` are percentages; `_bits` are Cllr values.
// Non-finite numbers (an undefined EER, an infinite Cllr) are written as null.
#include "eval/ClassificationReport.h"
#include "eval/LinearCalibration.h"
#include "eval/Metrics.h"
#include "eval/PooledEer.h"

#include <QJsonObject>

namespace st {

QJsonObject toJson(const EerResult &r);
QJsonObject toJson(const DcfResult &r, const DcfParams &params);
QJsonObject toJson(const OodResult &r);
QJsonObject toJson(const ClassificationReport &r);
QJsonObject toJson(const LinearCalibration &c);
QJsonObject toJson(const CalibrationReport &r);
QJsonObject toJson(const PooledEerTable &t);
QJsonObject toJson(const DetectionReport &r);

/// All score-level metrics of one target/non-target split: counts, reference EER (+ threshold), ROCCH-EER,
/// minDCF at `params`, Cllr and minCllr (the scores taken as LLRs for Cllr).
QJsonObject scoreMetricsJson(const std::vector<double> &targets, const std::vector<double> &nontargets,
                             const DcfParams &params = {});

} // namespace st
