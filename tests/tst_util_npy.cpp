// NumPy .npy writer/reader: round trips, the header bytes checked by hand against the NumPy format
// specification (version 1.0), float64 input, and broken files made here.
#include "util/Error.h"
#include "util/Npy.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace st;

class TstUtilNpy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray readBytes(const QString &p)
    {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }
    static void writeBytes(const QString &p, const QByteArray &b)
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(b), qint64(b.size()));
    }
    // A hand-made version 1.0 header for `dict` (padded to 64 bytes as the spec requires).
    static QByteArray header(QByteArray dict)
    {
        const int total = 10 + dict.size() + 1;
        dict.append(QByteArray((total + 63) / 64 * 64 - total, ' '));
        dict.append('\n');
        QByteArray h("\x93NUMPY\x01\x00", 8);
        h.append(char(dict.size() & 0xff));
        h.append(char(dict.size() >> 8));
        return h + dict;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void headerBytesByHand()
    {
        const float data[6] = {0, 1, 2, 3, 4, 5};
        const QString p = path("h.npy");
        writeNpy(p, data, {2, 3});
        const QByteArray b = readBytes(p);
        QVERIFY(b.size() > 10);
        QCOMPARE(b.left(6), QByteArray("\x93NUMPY", 6));
        QCOMPARE(int(uchar(b[6])), 1); // major
        QCOMPARE(int(uchar(b[7])), 0); // minor
        const int hlen = uchar(b[8]) | (uchar(b[9]) << 8);
        QCOMPARE((10 + hlen) % 64, 0);
        // 10 bytes of preamble + 59 of dict + the newline = 70: padded to the next multiple, 128.
        QCOMPARE(10 + hlen, 128);
        const QByteArray dict = b.mid(10, hlen);
        QVERIFY(dict.endsWith('\n'));
        const QByteArray expected("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }");
        QCOMPARE(dict.left(expected.size()), expected);
        // Between the dict and the newline: spaces only.
        QCOMPARE(dict.mid(expected.size(), hlen - expected.size() - 1),
                 QByteArray(hlen - expected.size() - 1, ' '));
        QCOMPARE(b.size(), 128 + 6 * 4);
        // Data: little-endian float32 in C order; 1.0f is 00 00 80 3f.
        QCOMPARE(b.mid(128 + 4, 4), QByteArray("\x00\x00\x80\x3f", 4));
    }

    void oneDimShapeHasTrailingComma()
    {
        const float data[5] = {1, 2, 3, 4, 5};
        const QString p = path("one.npy");
        writeNpy(p, data, {5});
        QVERIFY(readBytes(p).contains("'shape': (5,), }"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QList<qlonglong>>("shape");
        QTest::newRow("1-D") << QList<qlonglong>{7};
        QTest::newRow("2-D") << QList<qlonglong>{3, 4};
        QTest::newRow("3-D") << QList<qlonglong>{2, 3, 5};
        QTest::newRow("empty") << QList<qlonglong>{0, 3};
        QTest::newRow("long shape") << QList<qlonglong>{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3};
    }
    void roundTrip()
    {
        QFETCH(QList<qlonglong>, shape);
        std::vector<int64_t> s(shape.begin(), shape.end());
        int64_t n = 1;
        for (auto d : s)
            n *= d;
        std::vector<float> data(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i)
            data[size_t(i)] = float(i) * 0.25f - 3.0f;
        const QString p = path(QStringLiteral("rt_%1.npy").arg(QTest::currentDataTag()).replace(' ', '_'));
        writeNpy(p, data.data(), s);
        QCOMPARE((readBytes(p).size() - n * 4) % 64, qint64(0));
        std::vector<int64_t> got;
        const std::vector<float> back = readNpy(p, got);
        QCOMPARE(got, s);
        QCOMPARE(back, data);
    }

    void readsFloat64()
    {
        QByteArray b = header("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }");
        const double v[3] = {1.5, -2.25, 1e10};
        b.append(reinterpret_cast<const char *>(v), sizeof v);
        const QString p = path("f8.npy");
        writeBytes(p, b);
        std::vector<int64_t> shape;
        const std::vector<float> got = readNpy(p, shape);
        QCOMPARE(shape, std::vector<int64_t>{3});
        QCOMPARE(got, (std::vector<float>{1.5f, -2.25f, 1e10f}));
    }

    void readsVersion2AndDoubleQuotes()
    {
        QByteArray dict("{\"descr\": \"<f4\", \"fortran_order\": False, \"shape\": (2,)}\n");
        QByteArray b("\x93NUMPY\x02\x00", 8);
        const quint32 len = quint32(dict.size());
        b.append(reinterpret_cast<const char *>(&len), 4);
        b.append(dict);
        const float v[2] = {4, 5};
        b.append(reinterpret_cast<const char *>(v), sizeof v);
        const QString p = path("v2.npy");
        writeBytes(p, b);
        std::vector<int64_t> shape;
        QCOMPARE(readNpy(p, shape), (std::vector<float>{4, 5}));
        QCOMPARE(shape, std::vector<int64_t>{2});
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        const QByteArray good = header("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }");
        QTest::newRow("bad magic") << QByteArray("\x93NUMPZ\x01\x00 nonsense", 17) << "magic";
        QTest::newRow("empty file") << QByteArray() << "magic";
        QTest::newRow("truncated header") << good.left(30) << "truncated";
        QTest::newRow("truncated data") << good + QByteArray(10, '\0') << "truncated";
        QTest::newRow("fortran order")
            << header("{'descr': '<f4', 'fortran_order': True, 'shape': (1,), }") + QByteArray(4, '\0')
            << "Fortran";
        QTest::newRow("int32") << header("{'descr': '<i4', 'fortran_order': False, 'shape': (1,), }") +
                                      QByteArray(4, '\0')
                               << "<i4";
        QTest::newRow("big endian") << header("{'descr': '>f4', 'fortran_order': False, 'shape': (1,), }") +
                                           QByteArray(4, '\0')
                                    << ">f4";
        QTest::newRow("version 9") << QByteArray("\x93NUMPY\x09\x00\x00\x00", 10) << "version";
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, cause);
        const QString p = path(QStringLiteral("bad_%1.npy").arg(QTest::currentDataTag()).replace(' ', '_'));
        writeBytes(p, bytes);
        std::vector<int64_t> shape;
        try {
            readNpy(p, shape);
            QFAIL("no error for a broken file");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(p), qPrintable(e.message()));
            QVERIFY2(e.message().contains(cause), qPrintable(e.message()));
            QCOMPARE(e.path(), p);
        }
    }

    void missingFileNamesIt()
    {
        std::vector<int64_t> shape;
        const QString p = path("does_not_exist.npy");
        QVERIFY_THROWS_EXCEPTION(Error, readNpy(p, shape));
        try {
            readNpy(p, shape);
        } catch (const Error &e) {
            QVERIFY(e.message().contains(p));
        }
    }

    void unwritablePathThrows()
    {
        const float v = 1;
        const QString p = path("no_such_dir/x.npy");
        try {
            writeNpy(p, &v, {1});
            QFAIL("writing into a missing folder should fail");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(p));
        }
    }

    // Cross-check with NumPy itself when Debian's system Python has it.
    void numpyCrossCheck()
    {
        const QString py = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(py))
            QSKIP("no /usr/bin/python3");
        QProcess probe;
        probe.start(py, {"-c", "import numpy"});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("the system python has no numpy");

        const float data[6] = {0.5f, 1, 2, 3, 4, -5};
        const QString ours = path("ours.npy");
        writeNpy(ours, data, {3, 2});
        const QString theirs = path("theirs.npy");
        const QString script = QStringLiteral(
            "import numpy as np, sys\n"
            "a = np.load(sys.argv[1])\n"
            "assert a.dtype == np.float32 and a.shape == (3, 2), (a.dtype, a.shape)\n"
            "assert a[0, 0] == 0.5 and a[2, 1] == -5 and a[1, 0] == 2\n"
            "np.save(sys.argv[2], np.arange(24, dtype=np.float64).reshape(2, 3, 4) / 8)\n");
        QProcess p;
        p.start(py, {"-c", script, ours, theirs});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        std::vector<int64_t> shape;
        const std::vector<float> got = readNpy(theirs, shape);
        QCOMPARE(shape, (std::vector<int64_t>{2, 3, 4}));
        for (int i = 0; i < 24; ++i)
            QCOMPARE(got[size_t(i)], float(i) / 8.0f);
    }
};

QTEST_GUILESS_MAIN(TstUtilNpy)
#include "tst_util_npy.moc"
