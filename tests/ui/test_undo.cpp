#include "commands/Commands.h"

#include "Session.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;

// Create, edit and delete through the undo commands, then undo and redo,
// checking the database through the repositories each time.
class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createUndoRedoCustomer();
    void editUndoRedoCustomer();
    void deleteUndoRedoCustomer();
    void failedWriteIsNotPushed();
    void orderWithLines();
    void notifiesTheHub();

private:
    core::Customer storedCustomer(const QString& name);
    core::CustomerRepository customers() const
    {
        return core::CustomerRepository(m_session->connection());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestUndo::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = ui::Session::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    m_stack = std::make_unique<QUndoStack>();
}

void TestUndo::cleanup()
{
    m_stack.reset();
    m_session.reset();
}

core::Customer TestUndo::storedCustomer(const QString& name)
{
    core::Customer c;
    c.name = name;
    c.email = QStringLiteral("someone@example.com");
    auto* command = ui::CommandFactory::create(m_session.get(), c);
    m_stack->push(command);
    return customers().get(command->rowId()).value();
}

void TestUndo::createUndoRedoCustomer()
{
    core::Customer c;
    c.name = QStringLiteral("张伟");
    auto* command = ui::CommandFactory::create(m_session.get(), c);
    m_stack->push(command);
    const core::RowId id = command->rowId();
    QVERIFY(id > 0);
    QVERIFY(!command->error());
    QCOMPARE(customers().get(id)->name, QStringLiteral("张伟"));
    QCOMPARE(m_stack->undoText(), QStringLiteral("New customer 张伟"));

    m_stack->undo();
    QCOMPARE(customers().get(id).error().code, core::Error::Code::NotFound);
    m_stack->redo();
    QVERIFY(customers().get(id).ok()); // the same row again, not a twin
    QCOMPARE(command->rowId(), id);
    QCOMPARE(customers().search(QStringLiteral("张伟"), 10)->size(), 1);
}

void TestUndo::editUndoRedoCustomer()
{
    const core::Customer before = storedCustomer(QStringLiteral("Bob"));
    core::Customer after = before;
    after.name = QStringLiteral("Robert");
    after.city = QStringLiteral("Boston");
    m_stack->push(ui::CommandFactory::edit(m_session.get(), before, after));
    QCOMPARE(customers().get(before.id)->name, QStringLiteral("Robert"));
    QCOMPARE(customers().get(before.id)->city, QStringLiteral("Boston"));

    m_stack->undo();
    QCOMPARE(customers().get(before.id)->name, QStringLiteral("Bob"));
    QCOMPARE(customers().get(before.id)->city, QString());
    m_stack->redo();
    QCOMPARE(customers().get(before.id)->name, QStringLiteral("Robert"));
}

void TestUndo::deleteUndoRedoCustomer()
{
    const core::Customer c = storedCustomer(QStringLiteral("阿明"));
    m_stack->push(ui::CommandFactory::remove(m_session.get(), c));
    QVERIFY(!customers().get(c.id).ok());
    m_stack->undo();
    QCOMPARE(customers().get(c.id)->name, QStringLiteral("阿明"));
    m_stack->redo();
    QVERIFY(!customers().get(c.id).ok());
    // Undo all the way back, then redo all the way forward.
    m_stack->setIndex(0);
    QVERIFY(!customers().get(c.id).ok()); // its creation is undone too
    m_stack->setIndex(m_stack->count());
    QVERIFY(!customers().get(c.id).ok());
    m_stack->setIndex(1);
    QVERIFY(customers().get(c.id).ok());
}

void TestUndo::failedWriteIsNotPushed()
{
    const core::Customer before = storedCustomer(QStringLiteral("Bob"));
    const int count = m_stack->count();
    core::Customer after = before;
    after.email = QStringLiteral("not an address");
    QList<core::Error> reported;
    auto* command = ui::CommandFactory::edit(m_session.get(), before, after,
                                             [&](const core::Error& e) { reported.append(e); });
    m_stack->push(command); // deleted by the stack: it became obsolete
    QCOMPARE(m_stack->count(), count);
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.first().code, core::Error::Code::Validation);
    QCOMPARE(customers().get(before.id)->email, before.email);
}

void TestUndo::orderWithLines()
{
    const core::Customer customer = storedCustomer(QStringLiteral("Bob"));
    core::Product product;
    product.sku = QStringLiteral("ESP-1");
    product.name = QStringLiteral("Espresso beans");
    product.price.minor = 1250;
    auto* createProduct = ui::CommandFactory::create(m_session.get(), product);
    m_stack->push(createProduct);
    QVERIFY(createProduct->rowId() > 0);

    core::Order order;
    order.customerId = customer.id;
    order.orderedOn = QDate(2024, 3, 5);
    core::OrderLine line;
    line.productId = createProduct->rowId();
    line.quantity = 2;
    line.unitPriceMinor = 1250;
    order.lines = {line};
    auto* createOrder = ui::CommandFactory::create(m_session.get(), order);
    m_stack->push(createOrder);
    QVERIFY2(!createOrder->error(),
             qPrintable(createOrder->error() ? createOrder->error()->message : QString()));
    core::OrderRepository orders(m_session->connection());
    const auto stored = orders.get(createOrder->rowId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->totalMinor, std::int64_t(2500));
    QCOMPARE(stored->orderedOn, QDate(2024, 3, 5));

    core::Order edited = *stored;
    edited.lines[0].quantity = 5;
    m_stack->push(ui::CommandFactory::edit(m_session.get(), *stored, edited));
    QCOMPARE(orders.get(stored->id)->totalMinor, std::int64_t(6250));
    m_stack->undo();
    QCOMPARE(orders.get(stored->id)->totalMinor, std::int64_t(2500));
    QCOMPARE(orders.forCustomer(customer.id)->size(), 1);
    m_stack->undo(); // the order's creation
    QCOMPARE(orders.forCustomer(customer.id)->size(), 0);
    m_stack->redo();
    QCOMPARE(orders.forCustomer(customer.id)->size(), 1);
}

void TestUndo::notifiesTheHub()
{
    QSignalSpy changes(m_session->hub(), &core::ChangeHub::changed);
    const core::Customer c = storedCustomer(QStringLiteral("Bob"));
    QVERIFY(changes.count() >= 1);
    changes.clear();
    m_stack->undo();
    QVERIFY(changes.count() >= 1);
    QCOMPARE(changes.last().at(0).value<core::Entity>(), core::Entity::Customer);
    Q_UNUSED(c);
}

QTEST_MAIN(TestUndo)
#include "test_undo.moc"
