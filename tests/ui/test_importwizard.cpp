#include "import/ImportWizard.h"

#include "MainActions.h"
#include "MainWindow.h"
#include "MainWindowTest.h"
#include "Session.h"
#include "common/Settings.h"
#include "import/DateOrderChooser.h"
#include "import/ImportFilePage.h"
#include "import/ImportJob.h"
#include "import/ImportMappingPage.h"
#include "import/ImportPreviewPage.h"
#include "models/PagedTableModel.h"
#include "panels/TablePanel.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;
using ui::ImportWizard;

// The import wizard in the main window, on a temporary database: a GB18030
// file with Chinese headers and semicolons, a row rejected for its e-mail,
// undo through the window's undo stack, and dates that need the user's word.
class TestImportWizard : public testing::MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAGb18030SemicolonFile();
    void rejectsABadEmail();
    void undoRemovesTheImportedRows();
    void asksForTheOrderOfAmbiguousDates();
    void savesAndAppliesAMapping();
    void cancelledImportChangesNothing();

private:
    QString writeFile(const QString& name, const QString& text, const char* encoding) const;
    ImportWizard* openWizard(int section = 0);
    void chooseFile(ImportWizard* wizard, const QString& path);
    void importCustomers(ImportWizard* wizard);
    QString resultCount(ImportWizard* wizard, const char* name) const;
    QList<QStringList> rows(const QString& sql) const;
};

void TestImportWizard::init()
{
    QVERIFY(startWindow());
}

void TestImportWizard::cleanup()
{
    stopWindow();
}

QString TestImportWizard::writeFile(const QString& name, const QString& text,
                                    const char* encoding) const
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid())
        return {};
    const QByteArray bytes = encoder.encode(text);
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

ImportWizard* TestImportWizard::openWizard(int section)
{
    m_window->sidebar()->setCurrentRow(section);
    m_window->actions()->importFile->trigger();
    auto* wizard = m_window->findChild<ImportWizard*>();
    return wizard && QTest::qWaitForWindowExposed(wizard) ? wizard : nullptr;
}

// As the user does it: Browse… (answered through the FileDialog seam), then
// wait until the file has been read.
void TestImportWizard::chooseFile(ImportWizard* wizard, const QString& path)
{
    ui::FileDialog::setNextFileName(path);
    auto* browse = wizard->findChild<QPushButton*>(QStringLiteral("browseButton"));
    QVERIFY(browse);
    QTest::mouseClick(browse, Qt::LeftButton);
    QTRY_VERIFY(wizard->filePage()->isComplete());
}

// From the mapping page through the preview to the result page.
void TestImportWizard::importCustomers(ImportWizard* wizard)
{
    QCOMPARE(wizard->currentId(), ImportWizard::MappingPageId);
    QVERIFY(wizard->mappingPage()->isComplete());
    wizard->next();
    QCOMPARE(wizard->currentId(), ImportWizard::PreviewPageId);
    QTRY_VERIFY(wizard->previewPage()->isLoaded());
    wizard->next(); // "Import": runs it on a worker, behind a progress dialog
    QCOMPARE(wizard->currentId(), ImportWizard::ResultPageId);
    QVERIFY(wizard->job().report.has_value());
}

QString TestImportWizard::resultCount(ImportWizard* wizard, const char* name) const
{
    auto* label = wizard->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no label)");
}

QList<QStringList> TestImportWizard::rows(const QString& sql) const
{
    QList<QStringList> out;
    QSqlQuery query(m_window->session()->connection());
    if (!query.exec(sql))
        return out;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i).toString();
        out << row;
    }
    return out;
}

void TestImportWizard::importsAGb18030SemicolonFile()
{
    const QString path = writeFile(QStringLiteral("客户.csv"),
                                   QStringLiteral("客户名称;邮箱;电话;地区\r\n"
                                                  "张伟;Zhang.Wei@Example.com;13800138000;北京\r\n"
                                                  "李娜;li.na@example.cn;139 0013 9000;上海\r\n"
                                                  "王芳;wang.fang@example.com;;广州\r\n"),
                                   "GB18030");
    QVERIFY(!path.isEmpty());
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->job().entity, core::import::Entity::Customers);
    chooseFile(wizard, path);

    const QString detected = wizard->findChild<QLabel*>(QStringLiteral("detectedLabel"))->text();
    QVERIFY2(detected.contains(QStringLiteral("GB18030")), qPrintable(detected));
    QVERIFY2(detected.contains(QStringLiteral("semicolon")), qPrintable(detected));
    QVERIFY2(detected.contains(QStringLiteral("客户名称")), qPrintable(detected));

    // Choosing an encoding reads the file again: as UTF-8 these bytes are wrong.
    auto* encoding = wizard->findChild<QComboBox*>(QStringLiteral("encodingComboBox"));
    auto* fileError = wizard->findChild<QLabel*>(QStringLiteral("fileErrorLabel"));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
    QVERIFY(!wizard->filePage()->isComplete());
    QTRY_VERIFY(fileError->isVisibleTo(wizard));
    QVERIFY(!wizard->filePage()->isComplete());
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("auto")));
    QTRY_VERIFY(wizard->filePage()->isComplete());
    QVERIFY(!fileError->isVisibleTo(wizard));

    wizard->next();
    QCOMPARE(wizard->currentId(), ImportWizard::MappingPageId);
    const core::import::ColumnMapping& mapping = wizard->mappingPage()->mapping();
    QCOMPARE(mapping.fieldAt(0), QStringLiteral("name"));
    QCOMPARE(mapping.fieldAt(1), QStringLiteral("email"));
    QCOMPARE(mapping.fieldAt(2), QStringLiteral("phone"));
    QCOMPARE(mapping.fieldAt(3), QString()); // 地区 is no alias: left out

    auto* table = wizard->findChild<QTableWidget*>(QStringLiteral("mappingTableWidget"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, ui::ImportMappingPage::HeaderColumn)->text(),
             QStringLiteral("客户名称"));
    QCOMPARE(table->item(3, ui::ImportMappingPage::SampleColumn)->text(), QStringLiteral("北京"));
    // The user picks "City" for 地区 in its combo box, by typing.
    auto* combo =
        qobject_cast<QComboBox*>(table->cellWidget(3, ui::ImportMappingPage::FieldColumn));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString());
    QTest::keyClicks(combo, QStringLiteral("Ci"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("city"));
    QCOMPARE(mapping.fieldAt(3), QStringLiteral("city"));

    // Taking the name away blocks Next and says why; giving it back allows it.
    wizard->mappingPage()->mapColumn(0, QString());
    QVERIFY(!wizard->mappingPage()->isComplete());
    auto* problems = wizard->findChild<QLabel*>(QStringLiteral("problemsLabel"));
    QVERIFY(problems->isVisibleTo(wizard));
    QVERIFY2(problems->text().contains(QStringLiteral("Name")), qPrintable(problems->text()));
    wizard->mappingPage()->mapColumn(0, QStringLiteral("name"));
    QVERIFY(!problems->isVisibleTo(wizard));

    importCustomers(wizard);
    QCOMPARE(resultCount(wizard, "insertedCountLabel"), QStringLiteral("3"));
    QCOMPARE(resultCount(wizard, "updatedCountLabel"), QStringLiteral("0"));
    QCOMPARE(resultCount(wizard, "skippedCountLabel"), QStringLiteral("0"));
    QCOMPARE(resultCount(wizard, "rejectedCountLabel"), QStringLiteral("0"));
    QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("openRejectedButton"))
                 ->isVisibleTo(wizard));

    const QList<QStringList> stored =
        rows(QStringLiteral("SELECT name, email, phone, city FROM customers ORDER BY id"));
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored[0],
             (QStringList{QStringLiteral("张伟"), QStringLiteral("zhang.wei@example.com"),
                          QStringLiteral("+86 138 0013 8000"), QStringLiteral("北京")}));
    QCOMPARE(stored[1][2], QStringLiteral("+86 139 0013 9000"));
    QCOMPARE(stored[2],
             (QStringList{QStringLiteral("王芳"), QStringLiteral("wang.fang@example.com"),
                          QString(), QStringLiteral("广州")}));
    // The customers table shows them without being told by hand.
    QTRY_COMPARE(m_window->panels().first()->model()->rowCount(), 3);

    // Remembered for next time: the folder, and how customers files are written.
    QCOMPARE(m_settings->string(core::Settings::Key::ImportFolder), m_dir->path());
    QCOMPARE(m_settings->value(core::Settings::Key::ImportFormats)
                 .toMap()
                 .value(QStringLiteral("customers"))
                 .toMap()
                 .value(QStringLiteral("encoding"))
                 .toString(),
             QStringLiteral("auto"));
    wizard->accept();
}

void TestImportWizard::rejectsABadEmail()
{
    const QString path = writeFile(QStringLiteral("people.csv"),
                                   QStringLiteral("Name,E-mail,Phone\n"
                                                  "Alice,alice@example.com,\n"
                                                  "Bob,bob-at-example,\n"
                                                  "Carol,carol@example.org,\n"),
                                   "UTF-8");
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, path);
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("detectedLabel"))
                ->text()
                .contains(QStringLiteral("comma")));
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), ImportWizard::PreviewPageId);
    QTRY_VERIFY(wizard->previewPage()->isLoaded());

    // The preview shows Bob's e-mail as written, tinted, with the reason.
    auto* table = wizard->findChild<QTableWidget*>(QStringLiteral("previewTableWidget"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("alice@example.com"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("bob-at-example"));
    QVERIFY(!table->item(1, 1)->toolTip().isEmpty());
    QVERIFY(table->item(0, 1)->toolTip().isEmpty());
    QCOMPARE(table->verticalHeaderItem(1)->text(), QStringLiteral("3")); // line 3 of the file
    const QString summary =
        wizard->findChild<QLabel*>(QStringLiteral("previewSummaryLabel"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("1 of the first 3 row")), qPrintable(summary));

    wizard->next();
    QCOMPARE(wizard->currentId(), ImportWizard::ResultPageId);
    QCOMPARE(resultCount(wizard, "insertedCountLabel"), QStringLiteral("2"));
    QCOMPARE(resultCount(wizard, "rejectedCountLabel"), QStringLiteral("1"));
    QVERIFY(
        wizard->findChild<QPushButton*>(QStringLiteral("openRejectedButton"))->isVisibleTo(wizard));
    const QString errorsFile = wizard->job().report->errorsFile;
    QCOMPARE(errorsFile, m_dir->filePath(QStringLiteral("people.rejected.csv")));
    QFile rejected(errorsFile);
    QVERIFY(rejected.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejected.readAll());
    QVERIFY2(text.contains(QStringLiteral("bob-at-example")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Alice")));
    QCOMPARE(rows(QStringLiteral("SELECT name FROM customers ORDER BY id")),
             (QList<QStringList>{{QStringLiteral("Alice")}, {QStringLiteral("Carol")}}));
    wizard->accept();
}

void TestImportWizard::undoRemovesTheImportedRows()
{
    const QString path = writeFile(
        QStringLiteral("undo.csv"),
        QStringLiteral("name,email\nAnna,anna@example.com\nBen,ben@example.com\n"), "UTF-8");
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, path);
    wizard->next();
    importCustomers(wizard);
    QCOMPARE(resultCount(wizard, "insertedCountLabel"), QStringLiteral("2"));
    wizard->accept();
    QTRY_VERIFY(!m_window->findChild<ImportWizard*>()); // deleted on close

    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    QAction* undo = m_window->actions()->undo;
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("undo.csv")), qPrintable(undo->text()));
    QTRY_COMPARE(m_window->panels().first()->model()->rowCount(), 2);

    undo->trigger();
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM customers")).value(0).value(0),
             QStringLiteral("0"));
    QTRY_COMPARE(m_window->panels().first()->model()->rowCount(), 0);
    // Undone imports are not redone from the Edit menu: the command is gone.
    QVERIFY(!m_window->actions()->redo->isEnabled());
    QCOMPARE(stack->count(), 0);
    QCOMPARE(rows(QStringLiteral("SELECT undone_at IS NOT NULL FROM import_runs")),
             (QList<QStringList>{{QStringLiteral("1")}}));
}

void TestImportWizard::asksForTheOrderOfAmbiguousDates()
{
    const QString path = writeFile(QStringLiteral("orders.csv"),
                                   QStringLiteral("Order number,Date,Customer,SKU,Quantity,Price\n"
                                                  "A-1,5/3/2024,Li Lei,P-1,2,9.50\n"
                                                  "A-2,6/3/2024,Li Lei,P-1,1,9.50\n"),
                                   "UTF-8");
    ImportWizard* wizard = openWizard(3); // from the Orders section
    QVERIFY(wizard);
    QCOMPARE(wizard->job().entity, core::import::Entity::Orders);
    chooseFile(wizard, path);
    wizard->next();
    QCOMPARE(wizard->currentId(), ImportWizard::MappingPageId);
    QCOMPARE(wizard->mappingPage()->mapping().fieldAt(1), QStringLiteral("date"));

    // Nothing in the file says whether 5/3 is day or month first: Next waits.
    auto* chooser = wizard->findChild<ui::DateOrderChooser*>();
    QVERIFY(chooser->isVisibleTo(wizard));
    QVERIFY(!chooser->isConfirmed());
    QCOMPARE(chooser->comboBox()->currentIndex(), -1);
    QVERIFY(!wizard->mappingPage()->isComplete());
    QTest::keyClick(chooser->comboBox(), Qt::Key_Down); // "Day first"
    QVERIFY(chooser->isConfirmed());
    QCOMPARE(chooser->order(), core::parse::DateOrder::Dmy);
    QVERIFY(wizard->mappingPage()->isComplete());

    importCustomers(wizard);
    QCOMPARE(rows(QStringLiteral("SELECT number, ordered_on FROM orders ORDER BY number")),
             (QList<QStringList>{{QStringLiteral("A-1"), QStringLiteral("2024-03-05")},
                                 {QStringLiteral("A-2"), QStringLiteral("2024-03-06")}}));
    QTRY_COMPARE(m_window->panels().at(3)->model()->rowCount(), 2);
    wizard->accept();
}

void TestImportWizard::savesAndAppliesAMapping()
{
    const QString text = QStringLiteral("Full name;Region\nAnna;Berlin\n");
    const QString first = writeFile(QStringLiteral("first.csv"), text, "UTF-8");
    const QString second = writeFile(QStringLiteral("second.csv"), text, "UTF-8");
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, first);
    wizard->next();
    QCOMPARE(wizard->mappingPage()->mapping().fieldAt(1), QString());
    wizard->mappingPage()->mapColumn(1, QStringLiteral("city"));

    // "Save Mapping…" asks for a name in a modal input dialog.
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Berlin export"));
        dialog->accept();
    });
    QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("saveTemplateButton")),
                      Qt::LeftButton);
    auto* templates = wizard->findChild<QComboBox*>(QStringLiteral("templateComboBox"));
    QCOMPARE(templates->count(), 1);
    QCOMPARE(templates->currentText(), QStringLiteral("Berlin export"));
    wizard->reject();
    QTRY_VERIFY(!m_window->findChild<ImportWizard*>());

    // The next file with these columns gets the mapping back from the combo box.
    wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, second);
    wizard->next();
    QCOMPARE(wizard->mappingPage()->mapping().fieldAt(1), QString());
    templates = wizard->findChild<QComboBox*>(QStringLiteral("templateComboBox"));
    QCOMPARE(templates->currentIndex(), -1);
    QTest::keyClick(templates, Qt::Key_Down);
    QCOMPARE(templates->currentText(), QStringLiteral("Berlin export"));
    QCOMPARE(wizard->mappingPage()->mapping().fieldAt(0), QStringLiteral("name"));
    QCOMPARE(wizard->mappingPage()->mapping().fieldAt(1), QStringLiteral("city"));
    wizard->reject();
}

void TestImportWizard::cancelledImportChangesNothing()
{
    // Big enough that the progress dialog shows before the import ends.
    QString text = QStringLiteral("name,email\n");
    for (int i = 0; i < 300000; ++i)
        text += QStringLiteral("Person %1,p%1@example.com\n").arg(i);
    const QString path = writeFile(QStringLiteral("big.csv"), text, "UTF-8");
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, path);
    wizard->next();
    wizard->next();
    QTRY_VERIFY(wizard->previewPage()->isLoaded());

    QTimer presser;
    connect(&presser, &QTimer::timeout, this, [&] {
        auto* dialog = wizard->findChild<QProgressDialog*>();
        if (dialog && dialog->isVisible()) {
            presser.stop();
            QTest::mouseClick(dialog->findChild<QPushButton*>(), Qt::LeftButton);
        }
    });
    presser.start(50);
    const int shown = ui::MessageBox::count();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard->next();
    QVERIFY(!presser.isActive());                               // Cancel was pressed
    QCOMPARE(wizard->currentId(), ImportWizard::PreviewPageId); // still there, to try again
    QCOMPARE(ui::MessageBox::count(), shown + 1);
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("nothing was changed")),
             qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM customers")).value(0).value(0),
             QStringLiteral("0"));
    QCOMPARE(m_window->undoStack()->count(), 0);
    wizard->reject();
}

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
