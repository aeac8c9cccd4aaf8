// The job layer: progress, results, errors, cancellation and dependencies.
#include "jobs/ConsoleProgress.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace st;

class TestJobManager : public QObject
{
    Q_OBJECT
private slots:
    void resultAndProgress()
    {
        JobManager mgr(2);
        QSignalSpy added(&mgr, &JobManager::jobAdded);
        QSignalSpy finished(&mgr, &JobManager::jobFinished);
        bool callbackSawResult = false;
        auto job = std::make_shared<Job>(QStringLiteral("sum"), [](JobContext &ctx) {
            int sum = 0;
            for (int i = 1; i <= 100; ++i) {
                sum += i;
                ctx.setProgress(i / 100.0, QStringLiteral("adding"));
            }
            return QVariant(sum);
        });
        job->onFinished([&](const Job &j) { callbackSawResult = j.result().toInt() == 5050; });
        mgr.submit(job);
        QCOMPARE(added.count(), 1);
        QVERIFY(mgr.waitForAll(10000));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->result().toInt(), 5050);
        QCOMPARE(job->progress(), 1.0);
        QVERIFY(callbackSawResult);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toInt(), int(JobState::Succeeded));
        QVERIFY(mgr.activeJobs().isEmpty());
    }

    void errorBecomesMessage()
    {
        JobManager mgr(1);
        auto job = mgr.run(QStringLiteral("fails"), [](JobContext &) -> QVariant {
            throw Error(QStringLiteral("/tmp/x.wav"), QStringLiteral("truncated header"));
        });
        QVERIFY(mgr.waitFor(job, 10000));
        QCOMPARE(job->state(), JobState::Failed);
        QCOMPARE(job->errorMessage(), QStringLiteral("/tmp/x.wav: truncated header"));
    }

    void cancelRunningJob()
    {
        JobManager mgr(1);
        std::atomic<bool> started{false};
        auto job = mgr.run(QStringLiteral("long"), [&](JobContext &ctx) -> QVariant {
            started = true;
            for (int i = 0; i < 100000; ++i) {
                ctx.checkCancelled();
                QThread::msleep(1);
            }
            return 1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
        mgr.cancel(job->id());
        QVERIFY(mgr.waitFor(job, 10000));
        QCOMPARE(job->state(), JobState::Cancelled);
    }

    void cancelWaitingJobNeverRuns()
    {
        JobManager mgr(1);
        std::atomic<bool> release{false};
        std::atomic<bool> secondRan{false};
        auto blocker = mgr.run(QStringLiteral("blocker"), [&](JobContext &) -> QVariant {
            while (!release)
                QThread::msleep(1);
            return {};
        });
        auto second = std::make_shared<Job>(QStringLiteral("second"), [&](JobContext &) -> QVariant {
            secondRan = true;
            return {};
        });
        second->addDependency(blocker);
        mgr.submit(second);
        mgr.cancel(second->id());
        QCOMPARE(second->state(), JobState::Cancelled);
        release = true;
        QVERIFY(mgr.waitForAll(10000));
        QVERIFY(!secondRan);
        QCOMPARE(blocker->state(), JobState::Succeeded);
    }

    void dependenciesRunInOrder()
    {
        JobManager mgr(2);
        std::atomic<int> order{0};
        int firstAt = -1, secondAt = -1;
        auto first = std::make_shared<Job>(QStringLiteral("first"), [&](JobContext &) -> QVariant {
            QThread::msleep(50);
            firstAt = order++;
            return {};
        });
        auto second = std::make_shared<Job>(QStringLiteral("second"), [&](JobContext &) -> QVariant {
            secondAt = order++;
            return {};
        });
        second->addDependency(first);
        mgr.submit(second); // submitted first, must still wait
        mgr.submit(first);
        QVERIFY(mgr.waitForAll(10000));
        QCOMPARE(firstAt, 0);
        QCOMPARE(secondAt, 1);
    }

    void failedDependencyCancelsDependent()
    {
        JobManager mgr(2);
        auto first = mgr.run(QStringLiteral("broken"), [](JobContext &) -> QVariant {
            throw Error(QStringLiteral("no"));
        });
        auto second = std::make_shared<Job>(QStringLiteral("after"), [](JobContext &) { return QVariant(1); });
        second->addDependency(first);
        mgr.submit(second);
        QVERIFY(mgr.waitForAll(10000));
        QCOMPARE(second->state(), JobState::Cancelled);
        QVERIFY(second->errorMessage().contains(QStringLiteral("broken")));
    }

    void destructorCancelsAndWaits()
    {
        std::atomic<bool> sawCancel{false};
        {
            JobManager mgr(1);
            std::atomic<bool> started{false};
            mgr.run(QStringLiteral("spin"), [&](JobContext &ctx) -> QVariant {
                started = true;
                while (!ctx.isCancelled())
                    QThread::msleep(1);
                sawCancel = true;
                return {};
            });
            QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
        }
        QVERIFY(sawCancel.load());
    }

    void progressBarRendering()
    {
        QCOMPARE(ConsoleProgress::renderBar(0.0, 10), QStringLiteral("[..........]   0%"));
        QCOMPARE(ConsoleProgress::renderBar(0.5, 10), QStringLiteral("[#####.....]  50%"));
        QCOMPARE(ConsoleProgress::renderBar(1.0, 10), QStringLiteral("[##########] 100%"));
        QCOMPARE(ConsoleProgress::renderBar(2.0, 4), QStringLiteral("[####] 100%"));
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobs_manager.moc"
