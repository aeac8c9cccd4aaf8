#pragma once
// The levels at which a spoofing source is traced: the whole system (attack), its acoustic model, its
// waveform generator (vocoder) and the codec the clip went through. Names are the library's spelling
// ("attack", "acoustic_model", "vocoder", "codec"); the STOPA tables call the first three ATK,
// AcousticModel and VocoderModel.
#include "eval/Protocol.h"

#include <QString>
#include <vector>

namespace st {

enum class SourceLevel
{
    Attack,
    AcousticModel,
    Vocoder,
    Codec
};

/// All levels, in the order above.
const std::vector<SourceLevel> &allSourceLevels();
/// "attack", "acoustic_model", "vocoder", "codec".
QString sourceLevelName(SourceLevel level);
/// The STOPA spelling: "ATK", "AcousticModel", "VocoderModel", "Codec".
QString stopaLevelName(SourceLevel level);
/// Accepts the library's names and common synonyms (ATK, system, am, acoustic-model, waveform_generator,
/// vocoder_model, ...), case-insensitive. False when nothing matches.
bool sourceLevelFromName(const QString &name, SourceLevel &level);
/// Like sourceLevelFromName but throws st::Error listing the accepted names.
SourceLevel parseSourceLevel(const QString &name);
/// The clip's label at a level (attack, acousticModel, vocoder, codec of a protocol row; may be empty).
QString labelAt(const LabelledClip &clip, SourceLevel level);

} // namespace st
