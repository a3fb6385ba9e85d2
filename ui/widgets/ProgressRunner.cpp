#include "widgets/ProgressRunner.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QMutex>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace rapport::ui {

namespace {

// Written by the worker, read by the GUI thread's timer: the dialog is only
// ever touched on the GUI thread.
class SharedProgress final : public core::Progress
{
public:
    void report(std::int64_t done, std::int64_t total, const QString& stage) override
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
        QMutexLocker lock(&m_mutex);
        m_stage = stage;
    }
    std::int64_t done() const { return m_done.load(std::memory_order_relaxed); }
    std::int64_t total() const { return m_total.load(std::memory_order_relaxed); }
    QString stage() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stage;
    }

private:
    std::atomic<std::int64_t> m_done{0};
    std::atomic<std::int64_t> m_total{0};
    mutable QMutex m_mutex;
    QString m_stage;
};

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
