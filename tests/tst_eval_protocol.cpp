// Protocol readers (each format, and broken lines reported as file:line), STOPA pooled EER tables computed by
// hand, the STOPA EER CSV layout (round trip of the published tables byte for byte), detection tables, JSON.
#include "eval/MetricsJson.h"
#include "eval/PooledEer.h"
#include "eval/Protocol.h"
#include "eval/ScoreFile.h"
#include "testutil.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>
#include <tuple>

using namespace st;

class TestEvalProtocol : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(p));
        f.write(text);
        return p;
    }

    /// Runs `fn`, expects an st::Error naming `path` and `line`, returns its message.
    template<typename F>
    QString expectError(F fn, const QString &path, int line)
    {
        try {
            fn();
        } catch (const Error &e) {
            if (e.path() != path || e.line() != line)
                qWarning("unexpected error location: %s", e.what());
            [&] {
                QCOMPARE(e.path(), path);
                QCOMPARE(e.line(), line);
                QVERIFY(e.message().startsWith(line > 0 ? QStringLiteral("%1:%2: ").arg(path).arg(line) : path));
            }();
            return e.cause();
        }
        qWarning("no st::Error thrown");
        return QString();
    }

private slots:
    void projectTsv()
    {
        const QString p = write(QStringLiteral("p.tsv"),
                                "file\tattack\tengine\tvoice\tacoustic_model\twaveform_generator\tcodec\ttext\textra\r\n"
                                "a.flac\tA01\tespeak-ng\ten-us\tespeak-rules\tespeak-harmonic\tnone\tHello, there.\tx\r\n"
                                "\n"
                                "b.flac\tbonafide\thuman\tallison\tbonafide\tbonafide\tg722\tprompt-1\ty\n");
        QCOMPARE(detectProtocolFormat(p), ProtocolFormat::ProjectTsv);
        const auto clips = readProjectTsv(p);
        QCOMPARE(int(clips.size()), 2);
        QCOMPARE(clips[0].file, QStringLiteral("a.flac"));
        QCOMPARE(clips[0].attack, QStringLiteral("A01"));
        QCOMPARE(clips[0].acousticModel, QStringLiteral("espeak-rules"));
        QCOMPARE(clips[0].vocoder, QStringLiteral("espeak-harmonic"));
        QCOMPARE(clips[0].codec, QStringLiteral("none"));
        QVERIFY(!clips[0].isBonafide);
        QCOMPARE(clips[0].attributes.value(QStringLiteral("text")), QStringLiteral("Hello, there."));
        QCOMPARE(clips[0].attributes.value(QStringLiteral("extra")), QStringLiteral("x"));
        QCOMPARE(clips[0].attributes.value(QStringLiteral("engine")), QStringLiteral("espeak-ng"));
        QVERIFY(clips[1].isBonafide);
        QCOMPARE(clips[1].codec, QStringLiteral("g722"));
        // only file and attack are required
        const auto minimal = readProjectTsv(write(QStringLiteral("m.tsv"), "attack\tfile\nA02\tc.wav\n"));
        QCOMPARE(minimal[0].file, QStringLiteral("c.wav"));
        QVERIFY(minimal[0].codec.isEmpty());
    }
    void projectTsvBroken()
    {
        const QString p1 = write(QStringLiteral("b1.tsv"), "file\tattack\tcodec\na.flac\tA01\tnone\nb.flac\tA02\n");
        QVERIFY(expectError([&] { readProjectTsv(p1); }, p1, 3).contains(QLatin1String("expected 3")));
        const QString p2 = write(QStringLiteral("b2.tsv"), "\nfilename\tattack\na\tA01\n");
        QVERIFY(expectError([&] { readProjectTsv(p2); }, p2, 2).contains(QLatin1String("no column file")));
        const QString p3 = write(QStringLiteral("b3.tsv"), "file\tattack\na\tA01\nb\tA01\na\tA02\n");
        QVERIFY(expectError([&] { readProjectTsv(p3); }, p3, 4).contains(QLatin1String("first on line 2")));
        const QString p4 = write(QStringLiteral("b4.tsv"), "file\tattack\na\t\n");
        expectError([&] { readProjectTsv(p4); }, p4, 2);
        const QString missing = m_dir.filePath(QStringLiteral("nope.tsv"));
        expectError([&] { readProjectTsv(missing); }, missing, 0);
    }
    void projectTsvSharedCorpus()
    {
        ST_REQUIRE_SHARED(shared);
        const QString p = shared + QStringLiteral("/corpus/dev/protocol.tsv");
        QCOMPARE(readClipProtocol(p).size(), std::size_t(975));
        int bona = 0, a01 = 0, mp3 = 0;
        for (const auto &c : readProjectTsv(p)) {
            bona += c.isBonafide;
            a01 += c.attack == QLatin1String("A01");
            mp3 += c.codec == QLatin1String("mp3");
            QVERIFY(!c.attributes.value(QStringLiteral("text")).isEmpty());
        }
        // counted with awk on the file: 200 bona fide, 109 A01 rows, 76 mp3 rows
        QCOMPARE(bona, 200);
        QCOMPARE(a01, 109);
        QCOMPARE(mp3, 76);
    }
    void asvspoof()
    {
        const QString p = write(QStringLiteral("la.txt"),
                                "LA_0079 LA_T_1138215 - - bonafide\n"
                                "LA_0079 LA_T_1271820 - A01 spoof\n"
                                "LA_0009 LA_E_9332881 alaw ita_tx A07 spoof notrim eval\n");
        QCOMPARE(detectProtocolFormat(p), ProtocolFormat::AsvspoofLa);
        const auto c = readAsvspoofLaProtocol(p);
        QCOMPARE(int(c.size()), 3);
        QCOMPARE(c[0].file, QStringLiteral("LA_T_1138215"));
        QVERIFY(c[0].isBonafide);
        QCOMPARE(c[0].attack, QStringLiteral("bonafide"));
        QCOMPARE(c[0].attributes.value(QStringLiteral("speaker")), QStringLiteral("LA_0079"));
        QCOMPARE(c[1].attack, QStringLiteral("A01"));
        QVERIFY(!c[1].isBonafide);
        QCOMPARE(c[2].attack, QStringLiteral("A07"));
        QCOMPARE(c[2].codec, QStringLiteral("alaw"));
        QCOMPARE(c[2].attributes.value(QStringLiteral("phase")), QStringLiteral("eval"));

        const QString b1 = write(QStringLiteral("la1.txt"), "LA_0079 LA_T_1 - - bonafide\nLA_0079 LA_T_2 - A01 spoofed\n");
        QVERIFY(expectError([&] { readAsvspoofLaProtocol(b1); }, b1, 2).contains(QLatin1String("spoofed")));
        const QString b2 = write(QStringLiteral("la2.txt"), "LA_0079 LA_T_1 - bonafide\n");
        expectError([&] { readAsvspoofLaProtocol(b2); }, b2, 1);
        const QString b3 = write(QStringLiteral("la3.txt"), "\n\nLA_0079 LA_T_1 - - spoof\n");
        QVERIFY(expectError([&] { readAsvspoofLaProtocol(b3); }, b3, 3).contains(QLatin1String("attack id")));
    }
    void mlaad()
    {
        const QString p = write(
            QStringLiteral("mlaad.csv"),
            "path,original_file,language,is_original_language,duration,training_data,model_name,architecture,transcript\n"
            "fake/en/tts_models_en_ljspeech_vits/a_1.wav,m-ailabs/x.wav,en,True,3.1,ljspeech,tts_models/en/ljspeech/vits,"
            "vits,\"Hello, said \"\"he\"\".\"\n"
            "fake/de/griffin/b.wav,y.wav,de,True,2.0,,griffin_lim,griffin_lim,Guten Tag\n");
        QCOMPARE(detectProtocolFormat(p), ProtocolFormat::Mlaad);
        const auto c = readClipProtocol(p);
        QCOMPARE(int(c.size()), 2);
        QCOMPARE(c[0].file, QStringLiteral("fake/en/tts_models_en_ljspeech_vits/a_1.wav"));
        QCOMPARE(c[0].attack, QStringLiteral("tts_models/en/ljspeech/vits"));
        QCOMPARE(c[0].acousticModel, QStringLiteral("vits"));
        QCOMPARE(c[0].attributes.value(QStringLiteral("transcript")), QStringLiteral("Hello, said \"he\"."));
        QCOMPARE(c[0].attributes.value(QStringLiteral("language")), QStringLiteral("en"));
        QCOMPARE(c[1].attributes.value(QStringLiteral("training_data")), QString());
        // the pipe-separated meta.csv layout of MLAAD itself reads the same way
        const auto piped = readMlaadProtocol(write(QStringLiteral("meta.csv"), "path|model_name|language\na.wav|bark|en\n"));
        QCOMPARE(piped[0].attack, QStringLiteral("bark"));

        const QString b1 = write(QStringLiteral("mb1.csv"), "path,model_name\na.wav,x\n\"b.wav,y\n");
        QVERIFY(expectError([&] { readMlaadProtocol(b1); }, b1, 3).contains(QLatin1String("quote")));
        const QString b2 = write(QStringLiteral("mb2.csv"), "path,model_name\na.wav,x,extra\n");
        expectError([&] { readMlaadProtocol(b2); }, b2, 2);
        const QString b3 = write(QStringLiteral("mb3.csv"), "path,model\na.wav,x\n");
        expectError([&] { readMlaadProtocol(b3); }, b3, 1);
    }
    void csvSplit()
    {
        QStringList f;
        QVERIFY(splitCsvLine(QStringLiteral("a, \"b,c\",,\"d\"\"e\""), QLatin1Char(','), f));
        QCOMPARE(f, (QStringList{"a", "b,c", "", "d\"e"}));
        QVERIFY(!splitCsvLine(QStringLiteral("a,\"b"), QLatin1Char(','), f));
    }

    // The hand-computed trial list used below (known attacks AA01, AA02 from the fingerprints; AA03 unknown):
    //  #  clip atk  fingerprint  tATK tAM tVM score
    //  1  AA01      AA01-nc-10    1    1   1   0.9
    //  2  AA01      AA02-nc-10    0    1   0   0.25
    //  3  AA02      AA02-nc-10    1    1   1   0.8
    //  4  AA02      AA01-nc-10    0    0   0   0.7
    //  5  AA03      AA01-nc-10    0    0   1   0.2
    //  6  AA03      AA02-nc-10    0    0   0   0.3
    QByteArray trialText(bool csv)
    {
        QByteArray t = "AbstractModel FileName Speaker Gender ATK IsTargetATK IsTargetAcousticModel IsTargetVocoderModel CosScore\n"
                       "AA01-nc-10 c1.wav s1 f AA01 True True True 0.9\n"
                       "AA02-nc-10 c1.wav s1 f AA01 False True False 0.25\n"
                       "AA02-nc-10 c2.wav s2 m AA02 True True True 0.8\n"
                       "AbstractModel FileName Speaker Gender ATK IsTargetATK IsTargetAcousticModel IsTargetVocoderModel CosScore\n"
                       "AA01-nc-10 c2.wav s2 m AA02 False False False 0.7\n"
                       "AA01-nc-10 c3.wav s3 f AA03 0 0 1 0.2\n"
                       "AA02-nc-10 c3.wav s3 f AA03 0 0 0 0.3\n";
        if (csv)
            t.replace(' ', ',');
        return t;
    }

    void stopaTrials()
    {
        for (bool csv : {false, true}) {
            const QString p = write(csv ? QStringLiteral("t.csv") : QStringLiteral("t.txt"), trialText(csv));
            QCOMPARE(detectProtocolFormat(p), ProtocolFormat::StopaTrials);
            const TrialList t = readStopaTrials(p);
            QCOMPARE(int(t.size()), 6); // the repeated header line is skipped
            QCOMPARE(t.files[3], QStringLiteral("c2.wav"));
            QCOMPARE(t.fingerprints[3], QStringLiteral("AA01-nc-10"));
            QCOMPARE(t.attacks[4], QStringLiteral("AA03"));
            QCOMPARE(t.targetVm[4], char(1));
            QCOMPARE(t.scores[1], 0.25);
            QVERIFY(t.targetAmArch.empty());
            QCOMPARE(t.fingerprintAttacks(), (QSet<QString>{"AA01", "AA02"}));
            QCOMPARE(TrialList::fingerprintAttack(QStringLiteral("AA10-co-all")), QStringLiteral("AA10"));
            expectError([&] { readClipProtocol(p); }, p, 0);
        }
        const QString b1 = write(QStringLiteral("tb1.txt"),
                                 "FileName AbstractModel ATK IsTargetATK IsTargetAcousticModel IsTargetVocoderModel\n"
                                 "a AA01-co-1 AA01 True maybe False\n");
        QVERIFY(expectError([&] { readStopaTrials(b1); }, b1, 2).contains(QLatin1String("IsTargetAcousticModel")));
        const QString b2 = write(QStringLiteral("tb2.txt"),
                                 "FileName AbstractModel ATK IsTargetATK IsTargetAcousticModel IsTargetVocoderModel score\n"
                                 "a AA01-co-1 AA01 1 1 1 0.5\na AA01-co-1 AA01 1 1 1\n");
        expectError([&] { readStopaTrials(b2); }, b2, 3);
        const QString b3 = write(QStringLiteral("tb3.txt"),
                                 "FileName AbstractModel ATK IsTargetATK IsTargetAcousticModel IsTargetVocoderModel score\n"
                                 "a AA01-co-1 AA01 1 1 1 high\n");
        expectError([&] { readStopaTrials(b3); }, b3, 2);
        const QString b4 = write(QStringLiteral("tb4.txt"), "FileName AbstractModel ATK IsTargetATK\n");
        QVERIFY(expectError([&] { readStopaTrials(b4); }, b4, 1).contains(QLatin1String("istargetacousticmodel")));
    }
    void pooledEerByHand()
    {
        const TrialList t = readStopaTrials(write(QStringLiteral("pooled.txt"), trialText(false)));
        const PooledEerTable tab = computePooledEer(t);
        QCOMPARE(tab.knownAttacks, (QStringList{"AA01", "AA02"}));
        // Known (trials 1-4):
        //  ATK: tar {.9 .8} non {.25 .7}: sorted .25N .7N .8T .9T -> i=2 (0, 0): EER 0 at .7
        //  AM:  tar {.9 .25 .8} non {.7}: .25T .7N .8T .9T -> i=2 (1/3, 0), |d| 1/3 is the minimum: EER 1/6 at .7
        //  VM:  tar {.9 .8} non {.25 .7} -> 0
        QCOMPARE(tab.known[0].level, QStringLiteral("ATK"));
        QCOMPARE(tab.known[0].eer, 0.0);
        QCOMPARE(tab.known[0].threshold, 0.7);
        QVERIFY(std::fabs(tab.known[1].eer - 1.0 / 6.0) < 1e-15);
        QCOMPARE(tab.known[1].targets, std::size_t(3));
        QCOMPARE(tab.known[2].eer, 0.0);
        // Unknown, STOPA pooled rule (AA03 trials + IsTargetATK trials = 1, 3, 5, 6):
        //  ATK: tar {.9 .8} non {.2 .3} -> 0;  AM: tar {.9 .8} non {.2 .3} -> 0
        //  VM:  tar {.9 .8 .2} non {.3}: .2T .3N .8T .9T -> i=2 (1/3, 0): EER 1/6 at .3
        QCOMPARE(tab.unknown[0].eer, 0.0);
        QCOMPARE(tab.unknown[1].eer, 0.0);
        QVERIFY(std::fabs(tab.unknown[2].eer - 1.0 / 6.0) < 1e-15);
        QCOMPARE(tab.unknown[2].threshold, 0.3);
        QCOMPARE(tab.unknown[2].targets + tab.unknown[2].nontargets, std::size_t(4));
        // Zero-shot rule (each level's own target flag): AM adds trial 2 (tAM = 1):
        //  tar {.9 .25 .8} non {.2 .3}: .2N .25T .3N .8T .9T -> i=2 (1/3, 1/2) |d| 1/6 -> EER 5/12 at .25
        const PooledEerTable z = computePooledEer(t, {}, UnknownTrials::LevelTargets);
        QVERIFY(std::fabs(z.unknown[1].eer - 5.0 / 12.0) < 1e-15);
        QCOMPARE(z.unknown[1].threshold, 0.25);
        QVERIFY(std::fabs(z.unknown[2].eer - 1.0 / 6.0) < 1e-15);
        // An explicit known set: only AA01 known -> known ATK = trials 1, 2: tar {.9} non {.25} -> 0
        QCOMPARE(computePooledEer(t, {QStringLiteral("AA01")}).known[0].eer, 0.0);

        // STOPA's layout on disk
        writeStopaPooledEer(m_dir.filePath(QStringLiteral("out")), tab);
        QFile f(m_dir.filePath(QStringLiteral("out/pooled_eer_ukn.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(",EER\nATK,0.0\nAcousticModel,0.0\nVocoderModel,16.67\n"));

        const QJsonObject j = toJson(tab);
        QCOMPARE(j.value(QStringLiteral("unknown")).toArray().at(2).toObject().value(QStringLiteral("eer_percent")).toDouble(),
                 100.0 / 6.0);
    }
    void pooledTiesByHand()
    {
        // Ties between a target and a non-target at the EER: the target goes first (the reference's stable sort).
        // Known ATK: tar {.5 .8 .9}, non {.5 .2 .1}: .1N .2N .5T .5N .8T .9T -> cut 3 (after .5T): Pmiss 1/3,
        // Pfa 1/3: EER 1/3 at .5 (a non-target first would give cut 3 = (0, 0), EER 0).
        // Unknown ATK (AttackTargets: the known targets plus the unknown clips' trials): tar {.5 .8 .9},
        // non {-0.0 -1 -2} with one more target at +0.0: -2N -1N 0T 0N .5T .8T .9T (0.0 = -0.0, target first):
        // Nt 4, Nn 3; cut 2 (0, 1/3) |d| 1/3, cut 3 (1/4, 1/3) |d| 1/12, cut 4 (1/4, 0) |d| 1/4 -> EER 7/24 at 0
        // (-0.0 sorted below +0.0 would give cut 3 = (0, 0), EER 0).
        // AcousticModel: no targets at all -> NaN rows with the counts.
        PooledTrials p;
        p.add(0.5, true, true, false, false);
        p.add(0.8, true, true, false, false);
        p.add(0.9, true, true, false, false);
        p.add(0.5, true, false, false, false);
        p.add(0.2, true, false, false, false);
        p.add(0.1, true, false, false, false);
        p.add(0.0, false, true, false, false);
        p.add(-0.0, false, false, false, false);
        p.add(-1, false, false, false, false);
        p.add(-2, false, false, false, false);
        QVERIFY_THROWS_EXCEPTION(Error, p.add(std::nan(""), true, true, true, true));
        QCOMPARE(p.size(), std::size_t(10));
        const PooledEerTable t = p.compute({QStringLiteral("B"), QStringLiteral("A")});
        QCOMPARE(t.knownAttacks, (QStringList{"A", "B"}));
        QCOMPARE(t.known[0].eer, 1.0 / 3.0);
        QCOMPARE(t.known[0].threshold, 0.5);
        QCOMPARE(t.known[0].targets, std::size_t(3));
        QCOMPARE(t.known[0].nontargets, std::size_t(3));
        QCOMPARE(t.unknown[0].targets, std::size_t(4));
        QCOMPARE(t.unknown[0].nontargets, std::size_t(3));
        QVERIFY(std::fabs(t.unknown[0].eer - 7.0 / 24.0) < 1e-15);
        QCOMPARE(t.unknown[0].threshold, 0.0);
        QCOMPARE(t.known[1].level, QStringLiteral("AcousticModel"));
        QVERIFY(std::isnan(t.known[1].eer));
        QCOMPARE(t.known[1].targets, std::size_t(0));
        QCOMPARE(t.known[1].nontargets, std::size_t(6));
        // Computing again (already sorted) gives the same.
        QCOMPARE(p.compute({}).unknown[0].eer, t.unknown[0].eer);
    }
    void pooledMatchesSubsetLists()
    {
        // computePooledEer (one sort, six subsets walked together) against each subset's own pair of lists
        // through the list functions, bit for bit: random trial lists with heavy ties, both unknown rules.
        std::mt19937_64 rng(41);
        for (int round = 0; round < 12; ++round) {
            TrialList t;
            const int n = 50 + int(rng() % (round < 6 ? 200 : 20000));
            std::normal_distribution<double> g(0.0, 1.0);
            for (int i = 0; i < n; ++i) {
                const int clipAttack = int(rng() % 6), fp = int(rng() % 4);
                t.files << QStringLiteral("c%1").arg(i);
                t.fingerprints << QStringLiteral("A%1-x").arg(fp);
                t.attacks << QStringLiteral("A%1").arg(clipAttack);
                const bool atk = clipAttack == fp;
                t.targetAtk.push_back(atk);
                t.targetAm.push_back(atk || rng() % 4 == 0);
                t.targetVm.push_back(atk || rng() % 3 == 0);
                double s = std::round((g(rng) + (atk ? 1.0 : 0.0)) * 6) / 6;
                if (s == 0 && rng() % 2)
                    s = -0.0;
                t.scores.push_back(s);
            }
            const QSet<QString> known = t.fingerprintAttacks();
            for (UnknownTrials rule : {UnknownTrials::AttackTargets, UnknownTrials::LevelTargets}) {
                const PooledEerTable tab = computePooledEer(t, {}, rule);
                const std::vector<char> *flags[3] = {&t.targetAtk, &t.targetAm, &t.targetVm};
                for (int l = 0; l < 3; ++l) {
                    const auto &target = *flags[l];
                    const auto &ut = rule == UnknownTrials::AttackTargets ? t.targetAtk : target;
                    std::vector<double> kt, kn, utar, un;
                    for (int i = 0; i < n; ++i) {
                        const bool k = known.contains(t.attacks[i]);
                        if (k)
                            (target[i] ? kt : kn).push_back(t.scores[i]);
                        if (!k || ut[i])
                            (target[i] ? utar : un).push_back(t.scores[i]);
                    }
                    for (const auto &[row, tar, non] :
                         {std::tuple{tab.known[l], kt, kn}, std::tuple{tab.unknown[l], utar, un}}) {
                        QCOMPARE(row.targets, tar.size());
                        QCOMPARE(row.nontargets, non.size());
                        if (tar.empty() || non.empty()) {
                            QVERIFY(std::isnan(row.eer));
                            continue;
                        }
                        const EerResult e = computeEer(tar, non);
                        QCOMPARE(row.eer, e.eer);
                        QCOMPARE(row.threshold, e.threshold);
                        QCOMPARE(row.rocchEer, rocchEer(tar, non));
                    }
                }
            }
        }
    }
    void eerPercentFormat()
    {
        // Python: round(x * 100, 2) printed by pandas (repr of the float)
        QCOMPARE(formatEerPercent(0.3915), QStringLiteral("39.15"));
        QCOMPARE(formatEerPercent(0.371), QStringLiteral("37.1"));
        QCOMPARE(formatEerPercent(0.0), QStringLiteral("0.0"));
        QCOMPARE(formatEerPercent(1.0), QStringLiteral("100.0"));
        QCOMPARE(formatEerPercent(0.123456), QStringLiteral("12.35"));
        QCOMPARE(formatEerPercent(1.0 / 3.0), QStringLiteral("33.33"));
        QCOMPARE(formatEerPercent(0.5), QStringLiteral("50.0"));
        // labels with a comma are quoted as pandas does: "(0, 0)"
        const QString p = m_dir.filePath(QStringLiteral("zs.csv"));
        writeStopaEerCsv(p, {{QStringLiteral("(0, 0)"), 0.4329}, {QStringLiteral("(1, 5)"), 0.2991}});
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(",EER\n\"(0, 0)\",43.29\n\"(1, 5)\",29.91\n"));
        const auto rows = readStopaEerCsv(p);
        QCOMPARE(rows[0].first, QStringLiteral("(0, 0)"));
        QCOMPARE(rows[1].second, 29.91);
        const QString bad = write(QStringLiteral("bad.csv"), ",EER\nATK,abc\n");
        expectError([&] { readStopaEerCsv(bad); }, bad, 2);
        const QString bad2 = write(QStringLiteral("bad2.csv"), "level,EER%\nATK,1\n");
        expectError([&] { readStopaEerCsv(bad2); }, bad2, 1);
    }
    void publishedTablesRoundTrip()
    {
        // Every published STOPA / zero-shot EER table, read and written again, comes out byte for byte.
        ST_REQUIRE_SHARED(shared);
        QStringList files;
        for (const QString &sub : {QStringLiteral("models/stopa/AASIST_CM_EERs_pooled"),
                                   QStringLiteral("models/stopa/AASIST_STOPA_EERs_pooled"),
                                   QStringLiteral("models/stopa/ResNet-34_STOPA_EERs_pooled"),
                                   QStringLiteral("models/zero-shot/EERs_cosine_similarity")}) {
            QDir d(shared + QLatin1Char('/') + sub);
            for (const QString &f : d.entryList({QStringLiteral("*eer*.csv")}, QDir::Files))
                files << d.filePath(f);
        }
        QVERIFY(files.size() >= 16);
        for (const QString &path : files) {
            std::vector<std::pair<QString, double>> rows = readStopaEerCsv(path);
            for (auto &r : rows)
                r.second /= 100.0;
            const QString out = m_dir.filePath(QStringLiteral("rt.csv"));
            writeStopaEerCsv(out, rows);
            QFile a(path), b(out);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(b.readAll(), a.readAll());
        }
    }
    void detectionTables()
    {
        // bona fide (targets) {3 (g722), 2 (g722)}, spoof A01 {1 (none), 2.5 (mp3)}, A02 {0 (none)}
        std::vector<LabelledClip> clips(5);
        const char *attacks[] = {"bonafide", "bonafide", "A01", "A01", "A02"};
        const char *codecs[] = {"g722", "g722", "none", "mp3", ""};
        for (int i = 0; i < 5; ++i) {
            clips[i].file = QStringLiteral("c%1").arg(i);
            clips[i].attack = QLatin1String(attacks[i]);
            clips[i].isBonafide = i < 2;
            clips[i].codec = QLatin1String(codecs[i]);
        }
        const std::vector<double> scores{3, 2, 1, 2.5, 0};
        const DetectionReport r = evaluateDetection(clips, scores);
        // pooled: tar {2 3} non {0 1 2.5}: 0N 1N 2T 2.5N 3T: i=2 (0, 1/3); i=3 (1/2, 1/3) |d| 1/6 ->
        // EER (1/2 + 1/3)/2 = 5/12 at threshold 2
        QVERIFY(std::fabs(r.pooled.eer.eer - 5.0 / 12.0) < 1e-15);
        QCOMPARE(r.pooled.eer.threshold, 2.0);
        QCOMPARE(int(r.perAttack.size()), 2);
        // A01: tar {2 3} non {1 2.5}: 1N 2T 2.5N 3T -> i=2 (1/2, 1/2): EER 1/2
        QCOMPARE(r.perAttack[0].condition, QStringLiteral("A01"));
        QCOMPARE(r.perAttack[0].eer.eer, 0.5);
        // A02: tar {2 3} non {0} -> 0
        QCOMPARE(r.perAttack[1].eer.eer, 0.0);
        // codecs: mp3 and none have no bona fide clips -> all bona fide are used, flagged
        QCOMPARE(int(r.perCodec.size()), 2);
        QCOMPARE(r.perCodec[0].condition, QStringLiteral("mp3"));
        QVERIFY(r.perCodec[0].bonafidePooled);
        QCOMPARE(r.perCodec[1].condition, QStringLiteral("none"));
        QCOMPARE(r.perCodec[1].spoof, std::size_t(2)); // "" counts as none
        QVERIFY_THROWS_EXCEPTION(Error, evaluateDetection(clips, {1.0}));
        const QJsonObject j = toJson(r);
        QCOMPARE(j.value(QStringLiteral("per_attack")).toArray().size(), 2);
    }
    void scoreFiles()
    {
        const QString p = write(QStringLiteral("s.txt"), "LA_T_1 1.5\nLA_T_2 -0.25\n\n");
        const ScoreFile sf = ScoreFile::read(p);
        QCOMPARE(sf.byFile.value(QStringLiteral("LA_T_2")), -0.25);
        std::vector<LabelledClip> clips(2);
        clips[0].file = QStringLiteral("wav/LA_T_2.flac"); // matched by base name
        clips[1].file = QStringLiteral("LA_T_1");
        QCOMPARE(sf.forClips(clips, p), (std::vector<double>{-0.25, 1.5}));
        clips[1].file = QStringLiteral("LA_T_9");
        QVERIFY_THROWS_EXCEPTION(Error, sf.forClips(clips, p));
        const QString c = write(QStringLiteral("s.csv"), "score,file\n0.5,\"a,b.wav\"\n");
        QCOMPARE(ScoreFile::read(c).byFile.value(QStringLiteral("a,b.wav")), 0.5);
        const QString b1 = write(QStringLiteral("sb1.txt"), "a 1\nb x\n");
        expectError([&] { ScoreFile::read(b1); }, b1, 2);
        const QString b2 = write(QStringLiteral("sb2.txt"), "a 1\nb 2\na 3\n");
        QVERIFY(expectError([&] { ScoreFile::read(b2); }, b2, 3).contains(QLatin1String("line 1")));
        const QString b3 = write(QStringLiteral("sb3.csv"), "name,value\na,1\n");
        expectError([&] { ScoreFile::read(b3); }, b3, 1);
    }
    void scoreJson()
    {
        const QJsonObject j = scoreMetricsJson({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5});
        QCOMPARE(j.value(QStringLiteral("eer")).toObject().value(QStringLiteral("eer")).toDouble(), 7.0 / 24.0);
        QVERIFY(std::fabs(j.value(QStringLiteral("rocch_eer")).toDouble() - 2.0 / 11.0) < 1e-15);
        QCOMPARE(j.value(QStringLiteral("min_dcf")).toObject().value(QStringLiteral("p_target")).toDouble(), 0.05);
        QCOMPARE(j.value(QStringLiteral("n_target")).toInt(), 4);
        // an infinite Cllr is written as null, not as an invalid number
        const double inf = std::numeric_limits<double>::infinity();
        QVERIFY(scoreMetricsJson({-inf}, {inf}).value(QStringLiteral("cllr_bits")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestEvalProtocol)
#include "tst_eval_protocol.moc"
