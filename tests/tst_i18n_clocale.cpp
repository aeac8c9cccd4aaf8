// Machine-readable files are written in the C locale whatever the user's locale (docs/translations.md): under a
// German locale (QLocale::setDefault(German), and the C library's LC_ALL=de_DE.UTF-8 where the system has it, as
// QCoreApplication would take it from the environment) the writers still write "0.5", never "0,5": the annotations
// CSV, the STOPA fingerprint CSV (library export), the fusion evaluation TSV, the evaluation's EER figure, the
// spectrogram CSV, the explanation JSON summary, and the GUI's export stamp (CSV comment lines). The expected texts
// are written out here by hand. A source check keeps the user's locale out of core/ altogether.
#include "case/AnnotationCsv.h"
#include "common/ExportStamp.h"
#include "dsp/SpectrogramExport.h"
#include "eval/PooledEer.h"
#include "eval/ScoreFusion.h"
#include "explain/AttributionReport.h"
#include "library/StopaFingerprintCsv.h"
#include "util/Translations.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <clocale>
#include <cstdlib>

using namespace st;

namespace {

/// A decimal comma between digits: "0,5", "-1,25" (a CSV's field separator has no digit on both sides... except
/// between two numeric fields, so the callers check fields or specific values, not this, on CSV rows).
const QRegularExpression kDecimalComma(QStringLiteral("\\d,\\d"));

} // namespace

class TestI18nCLocale : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    bool m_cLibraryGerman = false;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_cLibraryGerman = std::setlocale(LC_ALL, "de_DE.UTF-8") || std::setlocale(LC_ALL, "de_DE.utf8");
        if (!m_cLibraryGerman)
            qInfo("de_DE.UTF-8 is not installed (localedef -i de_DE -f UTF-8 de_DE.UTF-8): only Qt's locale is German");
        // The premise: shown numbers are German now.
        QCOMPARE(QLocale().toString(0.5), QStringLiteral("0,5"));
        if (m_cLibraryGerman) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%.1f", 0.5);
            QCOMPARE(QByteArray(buf), QByteArray("0,5"));
        }
    }

    void annotationsCsv()
    {
        Annotation a;
        a.startS = 0.5;
        a.endS = 1.25;
        a.band = FrequencyBand{300.5, 3400.25};
        a.cue = Cue::Noise;
        a.locality = 3;
        a.audible = true;
        a.text = QStringLiteral("Rauschen");
        const QString sha(64, QLatin1Char('a'));
        const QByteArray csv = writeAnnotationsCsv({{sha, a}});
        QVERIFY2(csv.contains("," + QByteArray("0.5,1.25,300.5,3400.25,")), csv.constData());
    }

    void libraryExportCsv()
    {
        StopaFingerprintCsv f;
        f.names << QStringLiteral("espeak");
        f.rows.push_back({0.5f, -1.25f, 4.331991e-05f});
        QCOMPARE(f.toBytes(), QByteArray("file,0,1,2\nespeak,0.5,-1.25,4.331991e-05\n"));
        QCOMPARE(formatFloat32Numpy(0.5f), QStringLiteral("0.5"));
    }

    void evaluationTsvAndEer()
    {
        FusionEvaluation e;
        FusionSystemMetrics m;
        m.name = QStringLiteral("fused");
        m.eer = 0.125;
        m.minDcf = 0.5;
        m.cllr = 1.5;
        m.minCllr = 0.25;
        m.targets = 10;
        m.nontargets = 20;
        e.systems.push_back(m);
        QCOMPARE(e.toTsv(), QStringLiteral("system\teer\tmin_dcf\tcllr\tmin_cllr\ttargets\tnontargets\n"
                                           "fused\t0.125\t0.5\t1.5\t0.25\t10\t20\n"));
        QCOMPARE(formatEerPercent(0.12345), QStringLiteral("12.35"));
        QCOMPARE(formatEerPercent(0.05), QStringLiteral("5.0"));
    }

    void spectrogramCsv()
    {
        const QString path = m_tmp.filePath(QStringLiteral("spec.csv"));
        SpectrogramParams p;
        const int bins = p.fftSize / 2 + 1;
        std::vector<float> db(size_t(bins), -0.5f);
        db[0] = -12.25f;
        exportSpectrogramCsv(path, db, 1, bins, p, 16000, 0, QStringLiteral("test"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QByteArray row;
        for (const QByteArray &l : lines)
            if (!l.startsWith('#') && !l.startsWith("time_s") && !l.trimmed().isEmpty())
                row = l.trimmed();
        const QList<QByteArray> fields = row.split(',');
        QCOMPARE(fields.size(), bins + 1);
        QCOMPARE(fields.value(1), QByteArray("-12.25"));
        QCOMPARE(fields.value(2), QByteArray("-0.5"));
        bool ok = false;
        fields.value(0).toDouble(&ok); // QByteArray::toDouble is always C: the time reads back
        QVERIFY2(ok, row.constData());
    }

    void explanationJson()
    {
        AttributionSummary s;
        s.start = 8000;
        s.end = 16000;
        s.sum = 0.5;
        s.absoluteSum = 1.25;
        const QByteArray json = QJsonDocument(AttributionReport::summaryJson(s, 16000)).toJson(QJsonDocument::Compact);
        QVERIFY2(json.contains("0.5") && json.contains("1.25"), json.constData());
        QVERIFY2(!json.contains(QByteArray("0,5")) && !json.contains(QByteArray("1,25")), json.constData());
    }

    void exportStampCsvLines()
    {
        ExportStamp st;
        st.kind = QStringLiteral("spectrogram");
        st.clipName = QStringLiteral("clip.wav");
        st.sha256 = QString(64, QLatin1Char('b'));
        st.build = QStringLiteral("SourceTrace test");
        st.time = QStringLiteral("2026-12-07T01:00:00Z");
        st.add(QStringLiteral("hop"), QString::number(0.25));
        const QString lines = QString::fromUtf8(st.csvCommentLines());
        QVERIFY2(lines.contains(QStringLiteral("0.25")), qPrintable(lines));
        QVERIFY2(!lines.contains(kDecimalComma), qPrintable(lines));
    }

    void coreNeverUsesTheUsersLocale()
    {
        // core/ writes files and messages; the user's locale belongs to what the GUI shows. So core/ names no QLocale()
        // (default: the user's), no QLocale::system(), no %L placeholder, no setlocale; only util/Translations.cpp,
        // which installs the language, may.
        const QString src = qEnvironmentVariable("SOURCETRACE_SOURCE_DIR");
        if (src.isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through CTest)");
        static const QRegularExpression bad(QStringLiteral("QLocale\\(\\)|QLocale::system\\(\\)|%L[1-9n]|\\bsetlocale\\s*\\("));
        QStringList hits;
        QDirIterator it(src + QStringLiteral("/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("util/Translations.cpp")) || path.endsWith(QLatin1String("util/Translations.h")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString l = QString::fromUtf8(f.readLine());
                if (!l.trimmed().startsWith(QLatin1String("//")) && l.contains(bad))
                    hits << QStringLiteral("%1:%2: %3").arg(path.mid(src.size() + 1)).arg(line).arg(l.trimmed());
            }
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void loaderKeepsTheCLibraryNumbersC()
    {
        // The programs install their language with installTranslations: it puts the C library's LC_NUMERIC back to
        // "C" (printf/strtod in the core and in libraries), while the numbers shown (QLocale) are German.
        if (!m_cLibraryGerman)
            QSKIP("de_DE.UTF-8 is not installed: the C library cannot be German here");
        QCOMPARE(st::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.1f", 0.5);
        QCOMPARE(QByteArray(buf), QByteArray("0.5"));
        QCOMPARE(std::strtod("0.25", nullptr), 0.25);
        QCOMPARE(QLocale().toString(0.5), QStringLiteral("0,5"));
        st::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        std::setlocale(LC_ALL, "C");
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestI18nCLocale)
#include "tst_i18n_clocale.moc"
