#pragma once
// The quality gate of an evidence item, in one include: its measures (QualityMeasures.h), the case's thresholds
// (QualityThresholds.h), the judgement (QualityVerdict.h) and the shared effective bandwidth (Bandwidth.h).
// Definitions and defaults: docs/quality.md.
#include "quality/Bandwidth.h"
#include "quality/QualityMeasures.h"
#include "quality/QualityThresholds.h"
#include "quality/QualityVerdict.h"
