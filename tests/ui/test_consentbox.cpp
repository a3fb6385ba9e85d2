#include "Session.h"
#include "mail/ConsentBox.h"
#include "mail/OptInDialog.h"
#include "panels/CustomerDetailPane.h"
#include "storage/ConsentRepository.h"
#include "storage/CustomerRepository.h"
#include "widgets/MessageBox.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace rapport;

// Consent on the customer card: what is recorded shows, an opt-in is recorded
// through its dialog (refused without wording), an opt-out is final.
class TestConsentBox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    core::RowId m_customer = 0;

private Q_SLOTS:
    void init()
    {
        auto opened = ui::Session::open(m_dir.filePath(QStringLiteral("shop.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_session = std::move(opened).value();
        core::Customer c;
        c.name = QStringLiteral("王芳");
        c.email = QStringLiteral("fang.wang@example.cn");
        auto id = core::CustomerRepository(m_session->connection()).create(c);
        QVERIFY(id);
        m_customer = *id;
    }
    void cleanup()
    {
        m_session.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("shop.db")));
    }

    void recordsAnOptInThroughTheDialog()
    {
        ui::CustomerDetailPane pane(m_session.get());
        pane.showCustomer(m_customer);
        ui::ConsentBox* box = pane.consentBox();
        QCOMPARE(box->text(), QStringLiteral("No opt-in recorded."));
        // Fill the dialog once it is up: first without wording (refused, the
        // dialog stays with the reason), then with it.
        int round = 0;
        QString firstError;
        std::function<void()> fill = [&] {
            auto* dialog = box->findChild<ui::OptInDialog*>();
            if (!dialog || !dialog->isVisible()) {
                QTimer::singleShot(20, fill);
                return;
            }
            dialog->findChild<QLineEdit*>(QStringLiteral("optInSourceLineEdit"))
                ->setText(QStringLiteral("门店登记表"));
            dialog->findChild<QDateEdit*>(QStringLiteral("optInDateEdit"))
                ->setDate(QDate(2026, 3, 1));
            if (round == 0) {
                ++round;
                dialog->accept();
                QTimer::singleShot(20, fill);
                return;
            }
            firstError = dialog->findChild<QLabel*>(QStringLiteral("optInErrorLabel"))->text();
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("optInWordingEdit"))
                ->setPlainText(QStringLiteral("愿意接收新品通知"));
            dialog->accept();
        };
        QTimer::singleShot(0, fill);
        box->recordOptIn();
        QVERIFY2(firstError.contains(QStringLiteral("exact words")), qPrintable(firstError));
        auto current = core::ConsentRepository(m_session->connection()).currentOptIn(m_customer);
        QVERIFY(current && *current);
        QCOMPARE((*current)->source, QStringLiteral("门店登记表"));
        QCOMPARE((*current)->wording, QStringLiteral("愿意接收新品通知"));
        // The card follows the change through the hub.
        QVERIFY(box->text().contains(QStringLiteral("愿意接收新品通知")));
    }

    void optOutIsFinal()
    {
        ui::CustomerDetailPane pane(m_session.get());
        pane.showCustomer(m_customer);
        ui::ConsentBox* box = pane.consentBox();
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        box->optOut();
        QVERIFY(!core::CustomerRepository(m_session->connection()).get(m_customer)->optedOut);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        box->optOut();
        QVERIFY(core::CustomerRepository(m_session->connection()).get(m_customer)->optedOut);
        QVERIFY(box->text().startsWith(QStringLiteral("Opted out on")));
        QVERIFY(!box->findChild<QPushButton*>(QStringLiteral("recordOptInButton"))->isEnabled());
        QVERIFY(*core::ConsentRepository(m_session->connection())
                     .isSuppressed(QStringLiteral("FANG.WANG@example.cn")));
    }
};

QTEST_MAIN(TestConsentBox)
#include "test_consentbox.moc"
