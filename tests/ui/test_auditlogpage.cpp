#include "Session.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditLogPage.h"
#include "models/PagedTableModel.h"
#include "panels/CustomerDetailPane.h"
#include "storage/AuditLog.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;

// The audit-log page on a real file: rows written by the repositories appear
// (newest first, kinds and actions translated, values readable), each control
// of the filter bar narrows the table, showRecord() gives one customer's
// history, and the detail area shows the current row's values in full.
class TestAuditLogPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsNewestFirstWithReadableValues();
    void filterBarDrivesTheTable_data();
    void filterBarDrivesTheTable();
    void searchWaitsForTypingToPause();
    void showRecordGivesOneCustomersHistory();
    void customerCardAsksForTheHistory();
    void newChangesAppear();
    void detailShowsTheCurrentRow();
    void readableValues_data();
    void readableValues();

private:
    QStringList columnTexts(const QString& key) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ui::AuditLogPage> m_page;
    core::RowId m_zhang = 0;
    core::RowId m_li = 0;
};

void TestAuditLogPage::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = ui::Session::open(
        m_dir.filePath(QStringLiteral("audit-%1-%2.db")
                           .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                QString::fromLatin1(QTest::currentDataTag())
                                    .replace(QLatin1Char(' '), QLatin1Char('_')))));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    core::AuditLog::setActor(QStringLiteral("anna"));
    core::CustomerRepository customers(m_session->connection(), m_session->hub());
    core::Customer c;
    c.name = QStringLiteral("张伟");
    c.email = QStringLiteral("zhang@example.com");
    m_zhang = *customers.create(c);
    c = *customers.get(m_zhang);
    c.city = QStringLiteral("上海");
    QVERIFY(customers.update(c).ok());
    core::AuditLog::setActor(QStringLiteral("ben"));
    core::Customer li;
    li.name = QStringLiteral("Li Na");
    m_li = *customers.create(li);
    core::Company co;
    co.name = QStringLiteral("西湖茶庄");
    QVERIFY(core::CompanyRepository(m_session->connection(), m_session->hub()).create(co).ok());
    // Rows: create 张伟, update city, create Li Na, create company (newest).

    m_stack = std::make_unique<QUndoStack>();
    m_page = std::make_unique<ui::AuditLogPage>(
        ui::PanelContext{m_session.get(), m_stack.get(), nullptr});
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAuditLogPage::cleanup()
{
    m_page.reset();
    m_stack.reset();
    m_session.reset();
    core::AuditLog::setActor({});
}

QStringList TestAuditLogPage::columnTexts(const QString& key) const
{
    const ui::PagedTableModel* model = m_page->model();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, model->columnIndex(key)).data().toString();
    return out;
}

void TestAuditLogPage::showsNewestFirstWithReadableValues()
{
    QCOMPARE(m_page->model()->rowCount(), 4);
    QCOMPARE(columnTexts(QStringLiteral("record")),
             (QStringList{QStringLiteral("西湖茶庄"), QStringLiteral("Li Na"),
                          QStringLiteral("张伟"), QStringLiteral("张伟")}));
    QCOMPARE(columnTexts(QStringLiteral("entity")),
             (QStringList{QStringLiteral("Company"), QStringLiteral("Customer"),
                          QStringLiteral("Customer"), QStringLiteral("Customer")}));
    QCOMPARE(columnTexts(QStringLiteral("action")),
             (QStringList{QStringLiteral("Created"), QStringLiteral("Created"),
                          QStringLiteral("Changed"), QStringLiteral("Created")}));
    QCOMPARE(columnTexts(QStringLiteral("actor")),
             (QStringList{QStringLiteral("ben"), QStringLiteral("ben"), QStringLiteral("anna"),
                          QStringLiteral("anna")}));
    // JSON "null" shows as nothing, strings without their quotes.
    QCOMPARE(columnTexts(QStringLiteral("old")).at(2), QString());
    QCOMPARE(columnTexts(QStringLiteral("new")).at(2), QStringLiteral("上海"));
    QCOMPARE(m_page->model()
                 ->headerData(m_page->model()->columnIndex(QStringLiteral("at")), Qt::Horizontal)
                 .toString(),
             QStringLiteral("When"));
}

void TestAuditLogPage::filterBarDrivesTheTable_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("records");
    QTest::newRow("entity") << "entity"
                            << "companies" << QStringList{QStringLiteral("西湖茶庄")};
    QTest::newRow("action") << "action"
                            << "update" << QStringList{QStringLiteral("张伟")};
    QTest::newRow("actor") << "actor"
                           << "anna" << QStringList{QStringLiteral("张伟"), QStringLiteral("张伟")};
    QTest::newRow("search") << "search"
                            << "上海" << QStringList{QStringLiteral("张伟")};
    QTest::newRow("from tomorrow") << "from"
                                   << "1" << QStringList();
    QTest::newRow("to yesterday") << "to"
                                  << "-1" << QStringList();
    QTest::newRow("from today") << "from"
                                << "0"
                                << QStringList{QStringLiteral("西湖茶庄"), QStringLiteral("Li Na"),
                                               QStringLiteral("张伟"), QStringLiteral("张伟")};
}

void TestAuditLogPage::filterBarDrivesTheTable()
{
    QFETCH(QString, control);
    QFETCH(QString, value);
    QFETCH(QStringList, records);
    ui::AuditFilterBar* bar = m_page->filterBar();
    if (control == QLatin1String("entity")) {
        bar->entityBox()->setCurrentIndex(bar->entityBox()->findData(value));
    } else if (control == QLatin1String("action")) {
        bar->actionBox()->setCurrentIndex(bar->actionBox()->findData(value));
    } else if (control == QLatin1String("actor")) {
        QCOMPARE(bar->actorBox()->findText(value) > 0, true); // offered in the picker
        bar->actorBox()->setCurrentText(value);
        bar->applyNow();
    } else if (control == QLatin1String("search")) {
        bar->searchEdit()->setText(value); // keyClicks() types ASCII only
        bar->applyNow();
    } else {
        // The log's rows were written now, on today's local date.
        const QDate day = QDate::currentDate().addDays(value.toInt());
        QDateEdit* edit = control == QLatin1String("from") ? bar->fromEdit() : bar->toEdit();
        QCheckBox* check = control == QLatin1String("from") ? bar->fromCheck() : bar->toCheck();
        edit->setDate(day);
        check->setChecked(true);
        QVERIFY(edit->isEnabled());
    }
    QCOMPARE(columnTexts(QStringLiteral("record")), records);

    // Clearing the bar shows everything again.
    bar->clear();
    QCOMPARE(m_page->model()->rowCount(), 4);
}

void TestAuditLogPage::searchWaitsForTypingToPause()
{
    QTest::keyClicks(m_page->filterBar()->searchEdit(), QStringLiteral("zhang@"));
    QCOMPARE(m_page->model()->rowCount(), 4);     // not on every key
    QTRY_COMPARE(m_page->model()->rowCount(), 0); // the create row holds no values
    m_page->filterBar()->searchEdit()->clear();
    QTest::keyClicks(m_page->filterBar()->searchEdit(), QStringLiteral("city"));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
}

void TestAuditLogPage::showRecordGivesOneCustomersHistory()
{
    auto* label = m_page->findChild<QLabel*>(QStringLiteral("auditRecordLabel"));
    QVERIFY(label);
    QVERIFY(!label->isVisible());
    m_page->showRecord(QStringLiteral("customers"), m_zhang);
    QCOMPARE(columnTexts(QStringLiteral("action")),
             (QStringList{QStringLiteral("Changed"), QStringLiteral("Created")}));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("张伟")), qPrintable(label->text()));
    QCOMPARE(m_page->filterBar()->entityBox()->currentData().toString(),
             QStringLiteral("customers"));
    QCOMPARE(m_page->filter().entityId, std::optional<core::RowId>(m_zhang));

    // Choosing another kind of record leaves the one record's history.
    m_page->filterBar()->entityBox()->setCurrentIndex(0);
    QCOMPARE(m_page->model()->rowCount(), 4);
    QVERIFY(!label->isVisible());
}

void TestAuditLogPage::customerCardAsksForTheHistory()
{
    ui::CustomerDetailPane card(m_session.get());
    card.show();
    QVERIFY(!card.historyLink()->isVisible()); // no customer yet
    card.showCustomer(m_zhang);
    QVERIFY(card.historyLink()->isVisible());
    QSignalSpy asked(&card, &ui::CustomerDetailPane::historyRequested);
    Q_EMIT card.historyLink()->linkActivated(QStringLiteral("history"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toLongLong(), m_zhang);
    // What the window does with it.
    m_page->showRecord(QStringLiteral("customers"), asked.first().first().toLongLong());
    QCOMPARE(m_page->model()->rowCount(), 2);
}

void TestAuditLogPage::newChangesAppear()
{
    core::CustomerRepository customers(m_session->connection(), m_session->hub());
    QVERIFY(customers.remove(m_li).ok());
    QTRY_COMPARE(m_page->model()->rowCount(), 5);
    QCOMPARE(columnTexts(QStringLiteral("action")).first(), QStringLiteral("Deleted"));
    QCOMPARE(columnTexts(QStringLiteral("record")).first(), QStringLiteral("Li Na"));
}

void TestAuditLogPage::detailShowsTheCurrentRow()
{
    QCOMPARE(m_page->detail()->toPlainText(), QString());
    m_page->view()->setCurrentIndex(m_page->model()->index(2, 0));
    const QString text = m_page->detail()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("New value:\n上海")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("city")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Old value")), qPrintable(text)); // it was empty
}

void TestAuditLogPage::readableValues_data()
{
    QTest::addColumn<QVariant>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("SQL NULL") << QVariant() << QString();
    QTest::newRow("JSON null") << QVariant(QStringLiteral("null")) << QString();
    QTest::newRow("string") << QVariant(QStringLiteral(R"("上海")")) << QStringLiteral("上海");
    QTest::newRow("escaped") << QVariant(QStringLiteral(R"("say \"hi\"")"))
                             << QStringLiteral(R"(say "hi")");
    QTest::newRow("number") << QVariant(QStringLiteral("3")) << QStringLiteral("3");
    QTest::newRow("bool") << QVariant(QStringLiteral("true")) << QStringLiteral("yes");
    QTest::newRow("array") << QVariant(QStringLiteral(R"(["a","b"])")) << QStringLiteral("a; b");
    QTest::newRow("object") << QVariant(QStringLiteral(R"({"file":"x.csv","rows":2})"))
                            << QStringLiteral("file: x.csv\nrows: 2");
    QTest::newRow("not JSON") << QVariant(QStringLiteral("plain")) << QStringLiteral("plain");
}

void TestAuditLogPage::readableValues()
{
    QFETCH(QVariant, json);
    QFETCH(QString, text);
    QCOMPARE(ui::AuditLogPage::readable(json), text);
}

QTEST_MAIN(TestAuditLogPage)
#include "test_auditlogpage.moc"
