#include "Session.h"
#include "panels/CustomersPanel.h"
#include "privacy/ErasureConfirmDialog.h"
#include "privacy/PrivacyActions.h"
#include "storage/CustomerRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;

namespace {

// A command that is only there to be cleared.
class MarkerCommand : public QUndoCommand
{
public:
    MarkerCommand()
        : QUndoCommand(QStringLiteral("marker"))
    {}
    void undo() override {}
    void redo() override {}
};

} // namespace

// The two privacy actions as the user meets them: export asks for a file and
// writes it; erasure asks for a confirmation that cannot be given by accident,
// erases, clears the undo history and announces the customer for the backup
// report. The customers panel shows both on its row menu and its card.
class TestPrivacyActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    QUndoStack m_stack;
    QWidget m_parent;
    core::RowId m_customer = 0;

    ui::PanelContext context() { return {m_session.get(), &m_stack, nullptr}; }
    QString email() const
    {
        const auto c = core::CustomerRepository(m_session->connection()).get(m_customer);
        return c ? c->email : QString();
    }
    // What the confirmation dialog showed when it came up.
    struct Seen
    {
        bool found = false;
        QString text;
        bool eraseEnabledAtFirst = true;
        bool cancelIsDefault = false;
        bool eraseEnabledAfterTick = false;
    };
    // Answers the confirmation dialog once it is up: `confirm` ticks the box
    // and presses Erase, otherwise Cancel. Checks are made by the caller
    // afterwards, so a failed one never leaves the modal dialog open.
    void answerConfirmation(bool confirm, Seen* seen)
    {
        QTimer::singleShot(0, this, [this, confirm, seen] {
            auto* dialog = m_parent.findChild<ui::ErasureConfirmDialog*>();
            if (!dialog)
                return;
            seen->found = true;
            QStringList texts;
            for (const QLabel* label : dialog->findChildren<QLabel*>())
                texts << label->text();
            seen->text = texts.join(QLatin1Char('\n'));
            seen->eraseEnabledAtFirst = dialog->eraseButton()->isEnabled();
            seen->cancelIsDefault = dialog->cancelButton()->isDefault();
            if (confirm) {
                dialog->understoodCheck()->setChecked(true);
                seen->eraseEnabledAfterTick = dialog->eraseButton()->isEnabled();
                QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
            }
            if (dialog->isVisible())
                QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        });
    }

private Q_SLOTS:
    void init()
    {
        auto opened = ui::Session::open(m_dir.filePath(QStringLiteral("shop.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_session = std::move(opened).value();
        core::Customer c;
        c.name = QStringLiteral("李娜");
        c.email = QStringLiteral("li.na@example.cn");
        c.phone = QStringLiteral("+86 139 1234 5678");
        auto id = core::CustomerRepository(m_session->connection()).create(c);
        QVERIFY(id);
        m_customer = *id;
        m_stack.clear();
    }
    void cleanup()
    {
        m_session.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("shop.db")));
    }

    void actionsFollowTheCurrentCustomer()
    {
        ui::PrivacyActions actions(context(), &m_parent);
        QVERIFY(!actions.exportAction()->isEnabled());
        QVERIFY(!actions.eraseAction()->isEnabled());
        actions.setCustomer(m_customer);
        QVERIFY(actions.exportAction()->isEnabled());
        QVERIFY(actions.eraseAction()->isEnabled());
    }

    void exportWritesTheChosenFile()
    {
        ui::PrivacyActions actions(context(), &m_parent);
        actions.setCustomer(m_customer);
        QSignalSpy status(&actions, &ui::PrivacyActions::statusMessage);
        const QString file = m_dir.filePath(QStringLiteral("li-na.json"));
        ui::FileDialog::setNextFileName(file);
        actions.exportAction()->trigger();
        QVERIFY(QFile::exists(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QLatin1String("customer")).toObject().value(QLatin1String("email")),
                 QJsonValue(QStringLiteral("li.na@example.cn")));
        QCOMPARE(status.size(), 1);
        QVERIFY(status.first().first().toString().contains(QStringLiteral("李娜")));

        // Cancelled file dialog: nothing written, nothing said.
        ui::FileDialog::setNextFileName(QString());
        QVERIFY(!actions.exportPersonalData());
        QCOMPARE(status.size(), 1);
    }

    void cancelledConfirmationErasesNothing()
    {
        ui::PrivacyActions actions(context(), &m_parent);
        actions.setCustomer(m_customer);
        QSignalSpy erased(&actions, &ui::PrivacyActions::customerErased);
        m_stack.push(new MarkerCommand);
        Seen seen;
        answerConfirmation(false, &seen);
        QVERIFY(!actions.erasePersonalData());
        QVERIFY(seen.found);
        QVERIFY2(seen.text.contains(QStringLiteral("李娜")), qPrintable(seen.text));
        QVERIFY(seen.text.contains(QStringLiteral("cannot be undone")));
        QVERIFY(seen.text.contains(QStringLiteral("Orders and their totals are kept")));
        QVERIFY(!seen.eraseEnabledAtFirst); // not by accident
        QVERIFY(seen.cancelIsDefault);
        QCOMPARE(erased.size(), 0);
        QCOMPARE(email(), QStringLiteral("li.na@example.cn"));
        QCOMPARE(m_stack.count(), 1);
    }

    void confirmedErasureErasesAndClearsUndo()
    {
        ui::PrivacyActions actions(context(), &m_parent);
        actions.setCustomer(m_customer);
        QSignalSpy erased(&actions, &ui::PrivacyActions::customerErased);
        QSignalSpy hub(m_session->hub(), &core::ChangeHub::changed);
        m_stack.push(new MarkerCommand);
        const QString uuid =
            core::CustomerRepository(m_session->connection()).get(m_customer)->uuid;
        Seen seen;
        answerConfirmation(true, &seen);
        QVERIFY(actions.erasePersonalData());
        QVERIFY(seen.eraseEnabledAfterTick);
        QCOMPARE(erased.size(), 1);
        QCOMPARE(erased.first().at(0).toString(), uuid);
        QVERIFY(erased.first().at(1).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(email(), QString());
        QCOMPARE(core::CustomerRepository(m_session->connection()).get(m_customer)->name,
                 QStringLiteral("Erased customer #%1").arg(m_customer));
        QCOMPARE(m_stack.count(), 0);
        QVERIFY(hub.size() > 0); // the views reload
    }

    void panelOffersBothActions()
    {
        ui::CustomersPanel panel(context());
        panel.show();
        ui::PrivacyActions* actions = panel.privacyActions();
        QVERIFY(actions);
        const QList<QAction*> rowActions = panel.view()->actions();
        QVERIFY(rowActions.contains(actions->exportAction()));
        QVERIFY(rowActions.contains(actions->eraseAction()));
        QCOMPARE(panel.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        auto* button = panel.findChild<QToolButton*>(QStringLiteral("privacyButton"));
        QVERIFY(button);
        QVERIFY(button->menu()->actions().contains(actions->eraseAction()));
        panel.selectFirstRow();
        QTRY_COMPARE(actions->customerId(), m_customer);
        QVERIFY(actions->eraseAction()->isEnabled());
    }
};

QTEST_MAIN(TestPrivacyActions)
#include "test_privacyactions.moc"
