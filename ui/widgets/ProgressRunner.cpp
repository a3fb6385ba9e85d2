#include "widgets/ProgressRunner.h"

#include "widgets/SharedProgress.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QMutex>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace rapport::ui {

namespace {

constexpr int kRefreshMs = 100;
constexpr int kBarSteps = 1000; // the dialog's range; totals may exceed int

} // namespace

core::Status ProgressRunner::run(QWidget* parent, const QString& title, const Work& work)
{
    SharedProgress progress;
    QProgressDialog dialog(title, tr("Cancel"), 0, kBarSteps, parent);
    dialog.setObjectName(QStringLiteral("progressDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300); // quick work finishes without a flash
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    auto cancel = [&] {
        if (progress.isCancelled())
            return;
        progress.cancel();
        dialog.setLabelText(tr("Cancelling…"));
    };
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, cancel);

    QTimer refresh;
    QObject::connect(&refresh, &QTimer::timeout, &dialog, [&] {
        // Escape and closing the dialog cancel it without the canceled() signal.
        if (dialog.wasCanceled())
            cancel();
        if (progress.total() > 0)
            dialog.setValue(int(progress.done() * kBarSteps / progress.total()));
        const QString stage = progress.stage();
        if (!stage.isEmpty() && !progress.isCancelled())
            dialog.setLabelText(title + QStringLiteral("\n") + stage);
    });
    refresh.start(kRefreshMs);

    QFutureWatcher<core::Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<core::Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&work, &progress] { return work(progress); }));
    if (!watcher.isFinished())
        loop.exec();
    refresh.stop();
    dialog.close();
    return watcher.result();
}

} // namespace rapport::ui
