// h:mm:ss.mmm formatting and parsing, hand-computed cases.
#include "util/TimeFormat.h"

#include <QTest>

using namespace st;

class TestTimeFormat : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << "0:00:00.000";
        QTest::newRow("ms") << 0.0015 << "0:00:00.002";
        QTest::newRow("hour") << 3725.5 << "1:02:05.500";
        QTest::newRow("round up to minute") << 59.9996 << "0:01:00.000";
        QTest::newRow("ten hours") << 36000.0 << "10:00:00.000";
        QTest::newRow("negative") << -1.25 << "-0:00:01.250";
    }
    void format()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatHms(seconds), text);
    }
    void frameTime() { QCOMPARE(formatFrameTime(24000, 16000), QStringLiteral("0:00:01.500")); }
    void parse()
    {
        double s = 0;
        QVERIFY(parseHms(QStringLiteral("1:02:05.500"), s));
        QCOMPARE(s, 3725.5);
        QVERIFY(parseHms(QStringLiteral("2:03"), s));
        QCOMPARE(s, 123.0);
        QVERIFY(parseHms(QStringLiteral("4.25"), s));
        QCOMPARE(s, 4.25);
        QVERIFY(!parseHms(QStringLiteral("1:75"), s));
        QVERIFY(!parseHms(QStringLiteral("abc"), s));
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_util_time.moc"
