#include "widgets/ProgressRunner.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace rapport;

class TestProgressRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheWorkOffTheGuiThread()
    {
        QThread* workerThread = nullptr;
        const core::Status status = ui::ProgressRunner::run(
            nullptr, QStringLiteral("Counting"), [&](core::Progress& progress) {
                workerThread = QThread::currentThread();
                for (int i = 1; i <= 5; ++i) {
                    progress.report(i, 5, QStringLiteral("step"));
                    QThread::msleep(20);
                }
                return core::Status();
            });
        QVERIFY(status);
        QVERIFY(workerThread != nullptr);
        QVERIFY(workerThread != QThread::currentThread());
    }

    void reportsTheWorksError()
    {
        const core::Status status =
            ui::ProgressRunner::run(nullptr, QStringLiteral("Failing"), [](core::Progress&) {
                return core::Status(
                    core::Error::make(core::Error::Code::Io, QStringLiteral("disk")));
            });
        QVERIFY(!status);
        QCOMPARE(status.error().message, QStringLiteral("disk"));
    }

    void cancelReachesTheWork()
    {
        bool dialogShown = false;
        // The user presses Cancel once the dialog is up.
        QTimer presser;
        connect(&presser, &QTimer::timeout, this, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QProgressDialog*>(widget);
                if (dialog && dialog->isVisible()) {
                    dialogShown = true;
                    auto* button = dialog->findChild<QPushButton*>();
                    QVERIFY(button);
                    QTest::mouseClick(button, Qt::LeftButton);
                    presser.stop();
                }
            }
        });
        presser.start(50);
        const core::Status status = ui::ProgressRunner::run(
            nullptr, QStringLiteral("Waiting"), [](core::Progress& progress) {
                // Long work that checks for Cancel between steps (at most 20 s).
                for (int i = 0; i < 2000 && !progress.isCancelled(); ++i) {
                    progress.report(i, 2000, QStringLiteral("waiting"));
                    QThread::msleep(10);
                }
                return progress.isCancelled()
                           ? core::Status(core::Error::make(core::Error::Code::Cancelled, {}))
                           : core::Status();
            });
        QVERIFY(dialogShown);
        QVERIFY(!status);
        QCOMPARE(status.error().code, core::Error::Code::Cancelled);
    }
};

QTEST_MAIN(TestProgressRunner)
#include "test_progressrunner.moc"
