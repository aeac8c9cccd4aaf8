#include "library/SourceLevel.h"

#include "util/Error.h"

#include <QCoreApplication>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::SourceLevel)
};
} // namespace

const std::vector<SourceLevel> &allSourceLevels()
{
    static const std::vector<SourceLevel> all{SourceLevel::Attack, SourceLevel::AcousticModel, SourceLevel::Vocoder,
                                              SourceLevel::Codec};
    return all;
}

QString sourceLevelName(SourceLevel level)
{
    switch (level) {
    case SourceLevel::Attack: return QStringLiteral("attack");
    case SourceLevel::AcousticModel: return QStringLiteral("acoustic_model");
    case SourceLevel::Vocoder: return QStringLiteral("vocoder");
    case SourceLevel::Codec: return QStringLiteral("codec");
    }
    return {};
}

QString stopaLevelName(SourceLevel level)
{
    switch (level) {
    case SourceLevel::Attack: return QStringLiteral("ATK");
    case SourceLevel::AcousticModel: return QStringLiteral("AcousticModel");
    case SourceLevel::Vocoder: return QStringLiteral("VocoderModel");
    case SourceLevel::Codec: return QStringLiteral("Codec");
    }
    return {};
}

bool sourceLevelFromName(const QString &name, SourceLevel &level)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (n == QLatin1String("attack") || n == QLatin1String("atk") || n == QLatin1String("system"))
        level = SourceLevel::Attack;
    else if (n == QLatin1String("acoustic_model") || n == QLatin1String("acousticmodel") || n == QLatin1String("am"))
        level = SourceLevel::AcousticModel;
    else if (n == QLatin1String("vocoder") || n == QLatin1String("vocodermodel") || n == QLatin1String("vocoder_model")
             || n == QLatin1String("waveform_generator") || n == QLatin1String("vm"))
        level = SourceLevel::Vocoder;
    else if (n == QLatin1String("codec"))
        level = SourceLevel::Codec;
    else
        return false;
    return true;
}

SourceLevel parseSourceLevel(const QString &name)
{
    SourceLevel l;
    if (!sourceLevelFromName(name, l))
        throw Error(Text::tr("unknown source level '%1' (use attack, acoustic_model, vocoder or codec)").arg(name));
    return l;
}

QString labelAt(const LabelledClip &clip, SourceLevel level)
{
    switch (level) {
    case SourceLevel::Attack: return clip.attack;
    case SourceLevel::AcousticModel: return clip.acousticModel;
    case SourceLevel::Vocoder: return clip.vocoder;
    case SourceLevel::Codec: return clip.codec;
    }
    return {};
}

} // namespace st
