#include "export/ExportDialog.h"

#include "MainActions.h"
#include "MainWindow.h"
#include "MainWindowTest.h"
#include "Session.h"
#include "common/Settings.h"
#include "import/Importer.h"
#include "models/PagedTableModel.h"
#include "panels/TablePanel.h"
#include "storage/CustomerRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStringDecoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;
using ui::ExportDialog;

// File → Export… and the vCard actions in the main window, on a temporary
// database: the current view (search, sort, hidden and moved columns) versus
// the whole table, GB18030, Cancel, and a vCard import taken back by Undo.
class TestExportDialog : public testing::MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportsTheCurrentViewWithASearch();
    void exportsTheWholeTableInGb18030();
    void cancelledExportLeavesNoFile();
    void offersOrderLinesForOrders();
    void importsVCardsThatUndoTakesBack();
    void exportsCustomersAsVCards();

private:
    void addCustomers() const;
    ExportDialog* openDialog(int section = 0);
    void exportTo(ExportDialog* dialog, const QString& path);
    QByteArray readFile(const QString& path) const;
    qint64 liveCustomers() const;
};

void TestExportDialog::init()
{
    QVERIFY(startWindow());
}

void TestExportDialog::cleanup()
{
    stopWindow();
}

void TestExportDialog::addCustomers() const
{
    core::CustomerRepository repository(m_window->session()->connection(),
                                        m_window->session()->hub());
    const QList<QStringList> people = {
        {QStringLiteral("Zhang Wei"), QStringLiteral("zhang.wei@example.com"),
         QStringLiteral("+86 138 0013 8000"), QStringLiteral("北京")},
        {QStringLiteral("李娜"), QStringLiteral("li.na@example.cn"), QString(),
         QStringLiteral("上海")},
        {QStringLiteral("Zhang Min"), QStringLiteral("zhang.min@example.com"), QString(),
         QStringLiteral("广州")},
        {QStringLiteral("王芳"), QStringLiteral("wang.fang@example.com"), QString(),
         QStringLiteral("深圳")},
    };
    for (const QStringList& person : people) {
        core::Customer c;
        c.name = person[0];
        c.email = person[1];
        c.phone = person[2];
        c.city = person[3];
        QVERIFY(repository.create(c).ok());
    }
}

ExportDialog* TestExportDialog::openDialog(int section)
{
    m_window->sidebar()->setCurrentRow(section);
    m_window->actions()->exportFile->trigger();
    auto* dialog = m_window->findChild<ExportDialog*>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

// "Export…", with the save dialog answered through the FileDialog seam.
void TestExportDialog::exportTo(ExportDialog* dialog, const QString& path)
{
    ui::FileDialog::setNextFileName(path);
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("exportButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

QByteArray TestExportDialog::readFile(const QString& path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 TestExportDialog::liveCustomers() const
{
    QSqlQuery query(m_window->session()->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestExportDialog::exportsTheCurrentViewWithASearch()
{
    addCustomers();
    ui::TablePanel* panel = m_window->panels().first();
    ui::PagedTableModel* model = panel->model();
    QTRY_COMPARE(model->totalCount(), 4);
    panel->searchEdit()->setText(QStringLiteral("zhang"));
    QTRY_COMPARE(model->totalCount(), 2);
    // The user sorts by name, newest letters first, hides the phone and moves
    // the city to the front.
    QHeaderView* header = panel->view()->horizontalHeader();
    header->setSortIndicator(model->columnIndex(QStringLiteral("name")), Qt::DescendingOrder);
    header->hideSection(model->columnIndex(QStringLiteral("phone")));
    header->moveSection(header->visualIndex(model->columnIndex(QStringLiteral("city"))), 0);
    QTRY_COMPARE(model->querySpec().sortKey, QStringLiteral("name"));

    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), core::ExportKind::Customers);
    auto* currentView = dialog->findChild<QRadioButton*>(QStringLiteral("currentViewRadioButton"));
    QVERIFY(currentView->isChecked());
    QVERIFY2(currentView->text().contains(QStringLiteral("2 row")),
             qPrintable(currentView->text()));
    QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("kindComboBox"))->isEnabled());
    // The default is for Excel: UTF-8 with a BOM, commas, field keys.
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("encodingComboBox"))->currentData(),
             QVariant(QStringLiteral("utf-8-bom")));
    const QString path = m_dir->filePath(QStringLiteral("zhang.csv"));
    QVERIFY(dialog->suggestedPath().endsWith(QStringLiteral(".csv")));
    QVERIFY(QFileInfo(dialog->suggestedPath()).fileName().startsWith(QStringLiteral("customers-")));
    exportTo(dialog, path);
    QTRY_VERIFY(!m_window->findChild<ExportDialog*>()); // closed and deleted

    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("city,name,email,company,created_at"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("北京,Zhang Wei,zhang.wei@example.com,,")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("广州,Zhang Min,zhang.min@example.com,,")),
             qPrintable(lines[2]));
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.startsWith(QStringLiteral("Exported 2 customer")), qPrintable(status));

    // The next export starts in this folder, with these choices.
    const QVariantMap choices = m_settings->value(core::Settings::Key::ExportChoices).toMap();
    QCOMPARE(choices.value(QStringLiteral("folder")).toString(), m_dir->path());
    QCOMPARE(choices.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8-bom"));
}

void TestExportDialog::exportsTheWholeTableInGb18030()
{
    addCustomers();
    ui::TablePanel* panel = m_window->panels().first();
    panel->searchEdit()->setText(QStringLiteral("zhang"));
    QTRY_COMPARE(panel->model()->totalCount(), 2);

    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QRadioButton*>(QStringLiteral("wholeTableRadioButton"))->setChecked(true);
    auto* encoding = dialog->findChild<QComboBox*>(QStringLiteral("encodingComboBox"));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("gb18030")));
    auto* delimiter = dialog->findChild<QComboBox*>(QStringLiteral("delimiterComboBox"));
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    const QString path = m_dir->filePath(QStringLiteral("all.csv"));
    exportTo(dialog, path);
    QTRY_VERIFY(!m_window->findChild<ExportDialog*>());

    const QByteArray bytes = readFile(path);
    // Really GB18030: read as UTF-8, the Chinese names are broken.
    QVERIFY(QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
    QStringDecoder gb18030("GB18030");
    const QString text = gb18030.decode(bytes);
    QVERIFY(!gb18030.hasError());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // the header and every customer, whatever the search
    QVERIFY2(lines[0].startsWith(QStringLiteral("name;code;email;phone;company;city")),
             qPrintable(lines[0]));
    QVERIFY(text.contains(QStringLiteral("李娜;")));
    QVERIFY(text.contains(QStringLiteral("王芳;")));
    QVERIFY(text.contains(QStringLiteral(";深圳;")));

    // Remembered for the next export.
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("encodingComboBox"))->currentData(),
             QVariant(QStringLiteral("gb18030")));
    QCOMPARE(dialog->options().delimiter, QChar(u';'));
    QVERIFY(dialog->currentViewOnly()); // the scope is not remembered: views change
    dialog->reject();
}

void TestExportDialog::cancelledExportLeavesNoFile()
{
    // Enough rows that the export is still running when Cancel is pressed.
    QString csv = QStringLiteral("name,email\n");
    for (int i = 0; i < 60000; ++i)
        csv += QStringLiteral("Person %1,p%1@example.com\n").arg(i);
    const QString input = m_dir->filePath(QStringLiteral("many.csv"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
    }
    core::SilentProgress quiet;
    QVERIFY(core::import::Importer(m_window->session()->connection())
                .run(input, core::import::Entity::Customers, core::import::Options(), quiet)
                .ok());

    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QRadioButton*>(QStringLiteral("wholeTableRadioButton"))->setChecked(true);
    // Cancel as soon as the progress dialog exists (before it is even shown).
    QTimer presser;
    connect(&presser, &QTimer::timeout, this, [&] {
        if (auto* progress = dialog->findChild<QProgressDialog*>()) {
            presser.stop();
            progress->findChild<QPushButton*>()->click();
        }
    });
    presser.start(0);
    const int shown = ui::MessageBox::count();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    const QString path = m_dir->filePath(QStringLiteral("cancelled.csv"));
    exportTo(dialog, path);
    QVERIFY(!presser.isActive());
    QCOMPARE(ui::MessageBox::count(), shown + 1);
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("no file was written")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("cancelled*")}, QDir::Files).size(), 0);
    QCOMPARE(m_window->findChild<ExportDialog*>(), dialog); // still open, to try again
    dialog->reject();
}

void TestExportDialog::offersOrderLinesForOrders()
{
    ExportDialog* dialog = openDialog(3);
    QVERIFY(dialog);
    auto* kinds = dialog->findChild<QComboBox*>(QStringLiteral("kindComboBox"));
    QVERIFY(kinds->isEnabled());
    QCOMPARE(kinds->count(), 2);
    QCOMPARE(dialog->kind(), core::ExportKind::Orders);
    QVERIFY(!dialog->options().columns.isEmpty()); // the orders view's columns
    kinds->setCurrentIndex(1);
    QCOMPARE(dialog->kind(), core::ExportKind::OrderLines);
    QVERIFY(dialog->options().view.has_value());
    QVERIFY(dialog->options().columns.isEmpty()); // every column of the lines
    QVERIFY(dialog->suggestedPath().contains(QStringLiteral("order-lines-")));
    dialog->reject();
}

void TestExportDialog::importsVCardsThatUndoTakesBack()
{
    const QString path = m_dir->filePath(QStringLiteral("phone.vcf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\n"
                                  "EMAIL:anna@example.com\r\nEND:VCARD\r\n"
                                  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陈静\r\nORG:Acme Ltd\r\n"
                                  "EMAIL:chen.jing@example.cn\r\nEND:VCARD\r\n")
                       .toUtf8());
    }
    ui::FileDialog::setNextFileName(path);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->actions()->importVCards->trigger();
    const QString summary = ui::MessageBox::lastText();
    QVERIFY2(summary.contains(QStringLiteral("Added: 2")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Rejected: 0")), qPrintable(summary));
    QCOMPARE(liveCustomers(), 2);
    QTRY_COMPARE(m_window->panels().first()->model()->rowCount(), 2);

    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    QAction* undo = m_window->actions()->undo;
    QVERIFY2(undo->text().contains(QStringLiteral("phone.vcf")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(liveCustomers(), 0);
    QTRY_COMPARE(m_window->panels().first()->model()->rowCount(), 0);
}

void TestExportDialog::exportsCustomersAsVCards()
{
    addCustomers();
    const QString path = m_dir->filePath(QStringLiteral("customers.vcf"));
    ui::FileDialog::setNextFileName(path);
    m_window->actions()->exportVCards->trigger();
    const QString text = QString::fromUtf8(readFile(path));
    QCOMPARE(text.count(QStringLiteral("BEGIN:VCARD")), 4);
    QVERIFY(text.contains(QStringLiteral("李娜")));
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.startsWith(QStringLiteral("Exported 4 customer")), qPrintable(status));
}

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
