#pragma once
// The clips of a project protocol (protocol.tsv: file, attack, acoustic_model, waveform_generator,
// codec, ...) as enrolment input, labelled the way `sourcetrace-cli library enrol --protocol` does:
// one label per level the row names, and on the attack source its acoustic model, vocoder and the
// other protocol columns as attributes (not "text" or "voice"). Bona fide rows become the attack
// source "bonafide", as on the command line.
#include "library/LibraryEnroller.h"

#include <vector>

namespace st {

/// Paths are resolved against `root` (empty: the protocol's folder). Throws st::Error naming the
/// protocol and line.
std::vector<ClipToEnrol> clipsFromProtocol(const QString &protocolTsv, const QString &root = {});

/// In `folder`: protocol.tsv, else the only *.tsv; empty when there is none or several.
QString findProtocolIn(const QString &folder);

} // namespace st
