// Customers out to a vCard file and back into another database: what an address
// book round trip keeps.
#include "TempDatabase.h"

#include "common/Progress.h"
#include "contacts/VCardTransfer.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"

#include <QFile>
#include <QTest>

using namespace rapport;

class TestVCardTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customersSurviveARoundTrip()
    {
        testing::TempDatabase source;
        QVERIFY(source.isValid());
        core::CompanyRepository companies(source.connection());
        core::Company acme;
        acme.name = QStringLiteral("华为技术; \"Acme\", Ltd");
        auto acmeId = companies.create(acme);
        QVERIFY(acmeId);
        core::CustomerRepository customers(source.connection());
        QList<core::Customer> written;
        core::Customer a;
        a.name = QStringLiteral("王小明");
        a.email = QStringLiteral("wang@example.cn");
        a.phone = QStringLiteral("+86 138 0013 8000");
        a.address = QStringLiteral("北京市海淀区, 中关村大街 1 号");
        a.notes = QStringLiteral("First line\nsecond; line, with \\ backslash");
        a.companyId = *acmeId;
        core::Customer b;
        b.name = QStringLiteral("Alice Martin");
        b.email = QStringLiteral("alice@example.com");
        for (const core::Customer& c : {a, b})
            QVERIFY(customers.create(c));

        core::SilentProgress progress;
        const QString path = source.dir() + QStringLiteral("/contacts.vcf");
        auto exported = core::contacts::exportVCards(source.connection(), path, progress);
        QVERIFY2(exported, qPrintable(exported.error().message));
        QCOMPARE(exported->contacts, 2);

        testing::TempDatabase target;
        auto imported = core::contacts::importVCards(target.connection(), path, {}, progress);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->inserted, 2);
        QCOMPARE(imported->rejected, 0);
        core::CustomerRepository back(target.connection());
        const core::Customer wang = back.search(QStringLiteral("王小明"), 1)->first();
        QCOMPARE(wang.email, a.email);
        QCOMPARE(wang.phone, a.phone);
        QCOMPARE(wang.address, a.address);
        QCOMPARE(wang.notes, a.notes);
        QCOMPARE(wang.companyName, acme.name);
        QCOMPARE(back.search(QStringLiteral("alice"), 1)->first().email, b.email);

        // Importing the same file again finds both as duplicates.
        auto again = core::contacts::importVCards(target.connection(), path, {}, progress);
        QCOMPARE(again->skipped, 2);
    }

    void brokenCardNamesTheLine()
    {
        testing::TempDatabase db;
        const QString path = db.dir() + QStringLiteral("/broken.vcf");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\n");
        f.close();
        core::SilentProgress progress;
        auto imported = core::contacts::importVCards(db.connection(), path, {}, progress);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(QStringLiteral("broken.vcf")),
                 qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(QStringLiteral("1")),
                 qPrintable(imported.error().message));
    }
};

QTEST_GUILESS_MAIN(TestVCardTransfer)
#include "test_vcardtransfer.moc"
