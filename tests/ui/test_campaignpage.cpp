#include "Session.h"
#include "SmtpTestServer.h"
#include "mail/CampaignPage.h"
#include "mail/MailPreview.h"
#include "mail/PlanSummary.h"
#include "mail/QueueCampaignDialog.h"
#include "mail/SegmentChooser.h"
#include "mail/TemplateEditor.h"
#include "storage/ConsentRepository.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/EmailTemplateRepository.h"
#include "storage/MailSettingsRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/SavedViewRepository.h"
#include "storage/TagRepository.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rapport;
using core::RowId;

// The e-mail campaign page on a hand-made shop in a real SQLite file: six
// customers with the tag "Newsletter" — two who can be written to with every
// field filled in, one without a VIP level, one who opted out, one without an
// address and one whose address is on the suppression list — and one customer
// outside the tag. Templates are saved, edited, deleted and undone through the
// window's undo stack; checks, previews and the queue are compared with what
// the core computes and what lands in the outbox.
class TestCampaignPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesEditsAndDeletesTemplatesWithUndo();
    void insertsFieldsWhereTheUserIsTyping_data();
    void insertsFieldsWhereTheUserIsTyping();
    void showsParseErrorsUnderTheEditor();
    void segmentChooserListsTagsAndViews();
    void checkRecipientsCountsTheShop();
    void unknownFieldsAreShownInRed();
    void previewEscapesTheNameInHtmlOnly();
    void queueWritesTheOutbox();
    void queueDialogAsksAboutEmptyFields();
    void sendsATestMessageToTheServer();
    void fitsASmallWindowInChinese();

private:
    RowId customer(const QString& name, const QString& email, const QString& vipLevel,
                   bool optedOut = false);
    void makeShop();
    void writeTemplate(const QString& name, const QString& subject, const QString& html,
                       const QString& text);
    ui::PanelContext context() const { return {m_session.get(), m_stack.get(), nullptr}; }
    core::EmailTemplateRepository templates() const
    {
        return core::EmailTemplateRepository(m_session->connection());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ui::CampaignPage> m_page;
    RowId m_tom = 0;
    RowId m_zhang = 0;
};

void TestCampaignPage::init()
{
    auto opened = ui::Session::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                       + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    m_stack = std::make_unique<QUndoStack>();
    makeShop();
    m_page = std::make_unique<ui::CampaignPage>(context());
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCampaignPage::cleanup()
{
    m_page.reset();
    m_stack.reset();
    m_session.reset();
}

RowId TestCampaignPage::customer(const QString& name, const QString& email, const QString& vipLevel,
                                 bool optedOut)
{
    core::Customer c;
    c.name = name;
    c.email = email;
    c.optedOut = optedOut;
    QJsonObject custom;
    if (!vipLevel.isEmpty())
        custom.insert(QStringLiteral("vip_level"), vipLevel);
    c.custom = QString::fromUtf8(QJsonDocument(custom).toJson(QJsonDocument::Compact));
    auto id = core::CustomerRepository(m_session->connection(), m_session->hub()).create(c);
    if (!id)
        qWarning("customer %s: %s", qPrintable(name), qPrintable(id.error().message));
    return id ? *id : 0;
}

void TestCampaignPage::makeShop()
{
    const QSqlDatabase db = m_session->connection();
    core::CustomFieldDef vip;
    vip.entity = core::FieldEntity::Customers;
    vip.key = QStringLiteral("vip_level");
    vip.label = QStringLiteral("VIP level");
    QVERIFY(core::CustomFieldRepository(db).create(vip));

    m_zhang = customer(QStringLiteral("张三"), QStringLiteral("zhang@example.com"), QString());
    const RowId li =
        customer(QStringLiteral("Li Na"), QStringLiteral("li@example.com"), QStringLiteral("Gold"));
    m_tom = customer(QStringLiteral("Tom & \"Jerry\" <b>"), QStringLiteral("tom@example.com"),
                     QStringLiteral("Silver"));
    const RowId out = customer(QStringLiteral("Opted Out"), QStringLiteral("out@example.com"),
                               QStringLiteral("Gold"), true);
    const RowId noMail = customer(QStringLiteral("No Mail"), QString(), QStringLiteral("Gold"));
    const RowId suppressed = customer(QStringLiteral("Bounced"), QStringLiteral("gone@example.com"),
                                      QStringLiteral("Gold"));
    customer(QStringLiteral("Outside"), QStringLiteral("outside@example.com"), QString());
    QVERIFY(core::ConsentRepository(db).suppress(QStringLiteral("gone@example.com"),
                                                 QStringLiteral("manual"), QString()));

    core::TagRepository tags(db);
    const auto tag =
        tags.create(core::Tag{0, QStringLiteral("Newsletter"), QStringLiteral("#4a90d9")});
    QVERIFY(tag);
    QVERIFY(tags.addToCustomers(*tag, {m_zhang, li, m_tom, out, noMail, suppressed}));

    core::SavedView view;
    view.entity = core::FieldEntity::Customers;
    view.name = QStringLiteral("Tea lovers");
    QVERIFY(core::SavedViewRepository(db).create(view));

    QVERIFY(core::MailSettingsRepository(db).setIdentity({QStringLiteral("Rapport Tea"),
                                                          QStringLiteral("shop@example.com"),
                                                          QStringLiteral("1 Tea Road, Hangzhou")}));
}

void TestCampaignPage::writeTemplate(const QString& name, const QString& subject,
                                     const QString& html, const QString& text)
{
    ui::TemplateEditor* editor = m_page->editor();
    editor->nameEdit()->setText(name);
    editor->subjectEdit()->setText(subject);
    editor->htmlEdit()->setPlainText(html);
    editor->textEdit()->setPlainText(text);
}

void TestCampaignPage::savesEditsAndDeletesTemplatesWithUndo()
{
    QCOMPARE(m_page->templateList()->count(), 0);
    QCOMPARE(m_page->currentTemplateId(), 0);
    m_page->newTemplate();
    writeTemplate(QStringLiteral("春季新茶"), QStringLiteral("{{name|您好}}，春茶到了"),
                  QStringLiteral("<p>Dear {{name}}</p>"), QStringLiteral("Dear {{name}}"));
    QVERIFY(m_page->isModified());
    QVERIFY(m_page->saveTemplate());
    QVERIFY(!m_page->isModified());

    const auto stored = templates().byName(QStringLiteral("春季新茶"));
    QVERIFY2(stored, qPrintable(stored.error().message));
    QCOMPARE(stored->body.subject, QStringLiteral("{{name|您好}}，春茶到了"));
    QCOMPARE(stored->body.html, QStringLiteral("<p>Dear {{name}}</p>"));
    QCOMPARE(stored->body.text, QStringLiteral("Dear {{name}}"));
    QCOMPARE(m_page->currentTemplateId(), stored->id);
    QCOMPARE(m_page->templateList()->count(), 1);
    QCOMPARE(m_page->templateList()->item(0)->text(), QStringLiteral("春季新茶"));
    QCOMPARE(m_stack->count(), 1);

    // A rename and a new subject are one step; undo brings back the old ones.
    m_page->editor()->nameEdit()->setText(QStringLiteral("Spring tea"));
    m_page->editor()->subjectEdit()->setText(QStringLiteral("Spring is here"));
    QVERIFY(m_page->saveTemplate());
    QCOMPARE(templates().get(stored->id)->name, QStringLiteral("Spring tea"));
    QCOMPARE(m_page->templateList()->item(0)->text(), QStringLiteral("Spring tea"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(templates().get(stored->id)->name, QStringLiteral("春季新茶"));
    QCOMPARE(templates().get(stored->id)->body.subject, QStringLiteral("{{name|您好}}，春茶到了"));
    // The editor had no changes of its own: it shows what is stored again.
    QCOMPARE(m_page->editor()->nameEdit()->text(), QStringLiteral("春季新茶"));
    QCOMPARE(m_page->templateList()->item(0)->text(), QStringLiteral("春季新茶"));
    QVERIFY(!m_page->isModified());

    // Delete, then undo: the same row comes back.
    m_page->deleteTemplate();
    QCOMPARE(templates().all()->size(), 0);
    QCOMPARE(m_page->templateList()->count(), 0);
    QCOMPARE(m_page->currentTemplateId(), 0);
    m_stack->undo();
    QCOMPARE(templates().all()->size(), 1);
    QCOMPARE(templates().all()->first().id, stored->id);
    QCOMPARE(m_page->templateList()->count(), 1);
    QVERIFY(m_page->selectTemplate(stored->id));
    QCOMPARE(m_page->editor()->subjectEdit()->text(), QStringLiteral("{{name|您好}}，春茶到了"));

    // A second template with the same name is refused under the editor.
    m_page->newTemplate();
    writeTemplate(QStringLiteral("春季新茶"), QStringLiteral("x"), QString(), QStringLiteral("y"));
    const int step = m_stack->index();
    const QString lastStep = m_stack->undoText();
    const int boxes = ui::MessageBox::count();
    QVERIFY(!m_page->saveTemplate());
    QCOMPARE(ui::MessageBox::count(), boxes);
    // The failed step left nothing to undo.
    QCOMPARE(m_stack->index(), step);
    QCOMPARE(m_stack->undoText(), lastStep);
    QVERIFY(!m_page->editor()->errorText().isEmpty());
    QCOMPARE(templates().all()->size(), 1);
}

void TestCampaignPage::insertsFieldsWhereTheUserIsTyping_data()
{
    QTest::addColumn<int>("part");
    QTest::addRow("subject") << int(ui::TemplateEditor::Part::Subject);
    QTest::addRow("html") << int(ui::TemplateEditor::Part::Html);
    QTest::addRow("text") << int(ui::TemplateEditor::Part::Text);
}

void TestCampaignPage::insertsFieldsWhereTheUserIsTyping()
{
    QFETCH(int, part);
    ui::TemplateEditor* editor = m_page->editor();
    // The menu offers the standard fields and this shop's custom field.
    QVERIFY(editor->knownFields().contains(QStringLiteral("name")));
    QVERIFY(editor->knownFields().contains(QStringLiteral("custom.vip_level")));
    auto* button = editor->findChild<QToolButton*>(QStringLiteral("insertFieldButton"));
    QVERIFY(button && button->menu());
    QAction* vip = nullptr;
    for (QAction* action : button->menu()->actions()) {
        if (action->data().toString() == QStringLiteral("custom.vip_level"))
            vip = action;
    }
    QVERIFY(vip);
    QCOMPARE(vip->text(), QStringLiteral("{{custom.vip_level}}"));

    writeTemplate(QStringLiteral("t"), QStringLiteral("Hi !"), QStringLiteral("<p>Hi !</p>"),
                  QStringLiteral("Hi !"));
    QWidget* target = nullptr;
    if (ui::TemplateEditor::Part(part) == ui::TemplateEditor::Part::Subject) {
        editor->subjectEdit()->setCursorPosition(3);
        target = editor->subjectEdit();
    } else {
        editor->setCurrentBody(ui::TemplateEditor::Part(part));
        QPlainTextEdit* edit = ui::TemplateEditor::Part(part) == ui::TemplateEditor::Part::Html
                                   ? editor->htmlEdit()
                                   : editor->textEdit();
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(edit->toPlainText().indexOf(QLatin1Char('!')));
        edit->setTextCursor(cursor);
        target = edit;
    }
    // The editor the user typed in last gets the field (as the focus moves).
    QFocusEvent focusIn(QEvent::FocusIn, Qt::MouseFocusReason);
    QCoreApplication::sendEvent(target, &focusIn);
    QCOMPARE(int(editor->insertionTarget()), part);
    vip->trigger();

    const QString expected = QStringLiteral("Hi {{custom.vip_level}}!");
    QCOMPARE(editor->subjectEdit()->text(),
             part == int(ui::TemplateEditor::Part::Subject) ? expected : QStringLiteral("Hi !"));
    QCOMPARE(editor->htmlEdit()->toPlainText(),
             part == int(ui::TemplateEditor::Part::Html)
                 ? QStringLiteral("<p>") + expected + QStringLiteral("</p>")
                 : QStringLiteral("<p>Hi !</p>"));
    QCOMPARE(editor->textEdit()->toPlainText(),
             part == int(ui::TemplateEditor::Part::Text) ? expected : QStringLiteral("Hi !"));
}

void TestCampaignPage::showsParseErrorsUnderTheEditor()
{
    writeTemplate(QStringLiteral("Broken"), QStringLiteral("Hello"),
                  QStringLiteral("<p>Hello</p>\n{{#custom.vip_level}}VIP"),
                  QStringLiteral("Hello"));
    QVERIFY(!m_page->saveTemplate());
    const QString error = m_page->editor()->errorText();
    // The message names the part and the line.
    QVERIFY2(error.contains(QStringLiteral("HTML body")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
    auto* label = m_page->editor()->findChild<QLabel*>(QStringLiteral("templateErrorLabel"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(templates().all()->size(), 0);
    QCOMPARE(m_stack->count(), 0);

    // Fixed, it saves and the error goes away.
    m_page->editor()->htmlEdit()->setPlainText(
        QStringLiteral("<p>Hello</p>\n{{#custom.vip_level}}VIP{{/custom.vip_level}}"));
    QVERIFY(m_page->saveTemplate());
    QVERIFY(m_page->editor()->errorText().isEmpty());
    QVERIFY(!label->isVisible());
}

void TestCampaignPage::segmentChooserListsTagsAndViews()
{
    ui::SegmentChooser* chooser = m_page->segmentChooser();
    QVERIFY(chooser->setSegment({core::mail::SegmentRef::Kind::Tag, QStringLiteral("Newsletter")}));
    QCOMPARE(chooser->entryNames(), QStringList{QStringLiteral("Newsletter")});
    QCOMPARE(chooser->segment()->toString(), QStringLiteral("tag:Newsletter"));

    // A tag created elsewhere shows up (ChangeHub), and the choice stays.
    QVERIFY(core::TagRepository(m_session->connection(), m_session->hub())
                .create(core::Tag{0, QStringLiteral("Autumn"), QStringLiteral("#e05d5d")}));
    QCOMPARE(chooser->entryNames(),
             (QStringList{QStringLiteral("Autumn"), QStringLiteral("Newsletter")}));
    QCOMPARE(chooser->segment()->name, QStringLiteral("Newsletter"));

    QVERIFY(
        chooser->setSegment({core::mail::SegmentRef::Kind::View, QStringLiteral("Tea lovers")}));
    QCOMPARE(chooser->entryNames(), QStringList{QStringLiteral("Tea lovers")});
    QCOMPARE(chooser->segment()->toString(), QStringLiteral("view:Tea lovers"));

    // No scoring run and no mining run yet: nothing to choose, and a hint why.
    QVERIFY(!chooser->setSegment({core::mail::SegmentRef::Kind::Rfm, QStringLiteral("champions")}));
    QVERIFY(!chooser->segment());
    auto* hint = chooser->findChild<QLabel*>(QStringLiteral("segmentHintLabel"));
    QVERIFY(hint && hint->isVisible() && !hint->text().isEmpty());
    QVERIFY(!chooser->setSegment({core::mail::SegmentRef::Kind::Rule, QStringLiteral("1")}));
    QVERIFY(!chooser->segment());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("checkRecipientsButton"))->isEnabled());
}

void TestCampaignPage::checkRecipientsCountsTheShop()
{
    writeTemplate(QStringLiteral("VIP"), QStringLiteral("Hello {{name}}"),
                  QStringLiteral("<p>Dear {{name}}, you are {{custom.vip_level}}</p>"),
                  QStringLiteral("Dear {{name}}, you are {{custom.vip_level}}"));
    QVERIFY(m_page->segmentChooser()->setSegment(
        {core::mail::SegmentRef::Kind::Tag, QStringLiteral("Newsletter")}));
    QVERIFY(m_page->checkRecipients());
    QVERIFY(m_page->plan());
    const core::mail::CampaignPlan& plan = *m_page->plan();

    // Six in the tag: three can be written to; the one who opted out, the one
    // without an address and the suppressed one are left out.
    QCOMPARE(plan.segmentSize, 6);
    QCOMPARE(plan.recipients.size(), 3);
    QCOMPARE(plan.excluded.value(core::mail::Exclusion::OptedOut), 1);
    QCOMPARE(plan.excluded.value(core::mail::Exclusion::NoAddress), 1);
    QCOMPARE(plan.excluded.value(core::mail::Exclusion::Suppressed), 1);

    ui::PlanSummary* summary = m_page->planSummary();
    QVERIFY2(summary->summaryText().contains(QStringLiteral("3 recipient(s)")),
             qPrintable(summary->summaryText()));
    QVERIFY2(summary->summaryText().contains(QStringLiteral("of 6 customer(s)")),
             qPrintable(summary->summaryText()));
    for (const auto exclusion : {core::mail::Exclusion::OptedOut, core::mail::Exclusion::NoAddress,
                                 core::mail::Exclusion::Suppressed}) {
        const QString expected = core::mail::exclusionName(exclusion) + QStringLiteral(": 1");
        QVERIFY2(summary->exclusionsText().contains(expected),
                 qPrintable(summary->exclusionsText()));
    }
    QVERIFY(!summary->exclusionsText().contains(
        core::mail::exclusionName(core::mail::Exclusion::DuplicateAddress)));
    // Only 张三 has no VIP level.
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(summary->problemTexts(),
             QStringList{QStringLiteral("张三 — empty: custom.vip_level")});
    QVERIFY(!m_page->isPlanStale());

    // The preview offers exactly the plan's recipients.
    QCOMPARE(m_page->preview()->recipientCount(), 3);

    // Editing the template makes the result out of date; so does the segment.
    m_page->editor()->subjectEdit()->setText(QStringLiteral("Hi {{name}}"));
    QVERIFY(m_page->isPlanStale());
    auto* stale = summary->findChild<QLabel*>(QStringLiteral("planStaleLabel"));
    QVERIFY(stale && stale->isVisible());
    QVERIFY(m_page->checkRecipients());
    QVERIFY(!m_page->isPlanStale());
    QVERIFY(!stale->isVisible());
    m_page->segmentChooser()->setRequireOptIn(true);
    QVERIFY(m_page->isPlanStale());

    // Only customers with a recorded opt-in: nobody has one.
    QVERIFY(m_page->checkRecipients());
    QCOMPARE(m_page->plan()->recipients.size(), 0);
    QCOMPARE(m_page->plan()->excluded.value(core::mail::Exclusion::NoOptIn), 3);
}

void TestCampaignPage::unknownFieldsAreShownInRed()
{
    writeTemplate(QStringLiteral("Typo"), QStringLiteral("Hello {{nmae}}"),
                  QStringLiteral("<p>{{name}}</p>"), QStringLiteral("{{name}}"));
    QVERIFY(m_page->segmentChooser()->setSegment(
        {core::mail::SegmentRef::Kind::Tag, QStringLiteral("Newsletter")}));
    QVERIFY(m_page->checkRecipients());
    QListWidget* list = m_page->planSummary()->problemList();
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Unknown field: nmae"));
    QCOMPARE(list->item(0)->foreground().color(), QColor(0xc0, 0x39, 0x2b));
}

void TestCampaignPage::previewEscapesTheNameInHtmlOnly()
{
    writeTemplate(QStringLiteral("Hello"), QStringLiteral("Hello {{name}}"),
                  QStringLiteral("<html><body><p>Dear {{name}}</p></body></html>"),
                  QStringLiteral("Dear {{name}}"));
    QVERIFY(m_page->segmentChooser()->setSegment(
        {core::mail::SegmentRef::Kind::Tag, QStringLiteral("Newsletter")}));
    // Before a check the preview already offers the segment's first customers.
    QVERIFY(m_page->preview()->recipientCount() > 0);
    QVERIFY(m_page->checkRecipients());

    ui::MailPreview* preview = m_page->preview();
    int tom = -1;
    for (int i = 0; i < preview->recipientCount(); ++i) {
        preview->setCurrentRecipient(i);
        if (preview->currentRecipient()->customerId == m_tom)
            tom = i;
    }
    QVERIFY(tom >= 0);
    preview->setCurrentRecipient(tom);
    QTRY_VERIFY(preview->rendered().has_value());
    const core::mail::RenderedMail& mail = *preview->rendered();
    const QString raw = QStringLiteral("Tom & \"Jerry\" <b>");

    // Subject and text as typed; the HTML escaped, so <b> is text, not markup.
    QCOMPARE(mail.subject, QStringLiteral("Hello ") + raw);
    QCOMPARE(preview->subjectLabel()->text(), mail.subject);
    QVERIFY2(mail.text.startsWith(QStringLiteral("Dear ") + raw), qPrintable(mail.text));
    QVERIFY2(mail.html.contains(QStringLiteral("Dear Tom &amp; ")), qPrintable(mail.html));
    QVERIFY2(mail.html.contains(QStringLiteral("&lt;b&gt;")), qPrintable(mail.html));
    QVERIFY(!mail.html.contains(raw));
    QVERIFY2(preview->htmlView()->toPlainText().contains(QStringLiteral("Dear ") + raw),
             qPrintable(preview->htmlView()->toPlainText()));
    QCOMPARE(preview->textView()->toPlainText(), mail.text);
    // The unsubscribe line is there, with the preview's token.
    QVERIFY2(mail.text.contains(ui::MailPreview::previewToken()), qPrintable(mail.text));
    QVERIFY2(mail.text.contains(QStringLiteral("1 Tea Road, Hangzhou")), qPrintable(mail.text));
    QVERIFY2(mail.html.contains(ui::MailPreview::previewToken()), qPrintable(mail.html));

    // An edit shows once typing pauses.
    m_page->editor()->textEdit()->setPlainText(QStringLiteral("Bye {{name}}"));
    QTRY_VERIFY(preview->rendered()
                && preview->rendered()->text.startsWith(QStringLiteral("Bye ") + raw));
}

void TestCampaignPage::queueWritesTheOutbox()
{
    writeTemplate(QStringLiteral("Spring"), QStringLiteral("Hello {{name}}"),
                  QStringLiteral("<p>Dear {{name}}, you are {{custom.vip_level|a friend}}</p>"),
                  QStringLiteral("Dear {{name}}, you are {{custom.vip_level|a friend}}"));
    QVERIFY(m_page->saveTemplate());
    QVERIFY(m_page->segmentChooser()->setSegment(
        {core::mail::SegmentRef::Kind::Tag, QStringLiteral("Newsletter")}));
    QSignalSpy queued(m_page.get(), &ui::CampaignPage::campaignQueued);
    const int boxes = ui::MessageBox::count();
    const auto id = m_page->queueCampaignAs(QStringLiteral("Spring 2026"), false);
    QVERIFY2(id, qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(ui::MessageBox::count(), boxes);
    QCOMPARE(queued.count(), 1);
    QCOMPARE(queued.first().at(0).toLongLong(), *id);

    const auto counts = core::OutboxRepository(m_session->connection()).counts();
    QVERIFY(counts);
    QCOMPARE(counts->value(core::mail::OutboxStatus::Queued), 3);
    const auto rows =
        core::OutboxRepository(m_session->connection()).rows(core::mail::OutboxStatus::Queued);
    QVERIFY(rows);
    QStringList addresses;
    for (const core::mail::OutboxRow& row : *rows) {
        QCOMPARE(row.campaignId, *id);
        QCOMPARE(row.campaignName, QStringLiteral("Spring 2026"));
        addresses << row.toAddress;
    }
    addresses.sort();
    QCOMPARE(addresses,
             (QStringList{QStringLiteral("li@example.com"), QStringLiteral("tom@example.com"),
                          QStringLiteral("zhang@example.com")}));
}

void TestCampaignPage::queueDialogAsksAboutEmptyFields()
{
    writeTemplate(QStringLiteral("VIP"), QStringLiteral("Hello {{name}}"),
                  QStringLiteral("<p>{{custom.vip_level}}</p>"),
                  QStringLiteral("{{custom.vip_level}}"));
    QVERIFY(m_page->segmentChooser()->setSegment(
        {core::mail::SegmentRef::Kind::Tag, QStringLiteral("Newsletter")}));
    QSignalSpy queued(m_page.get(), &ui::CampaignPage::campaignQueued);

    // Without the box ticked the core refuses, naming the field.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_page->queueCampaignAs(QStringLiteral("Refused"), false));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("custom.vip_level")),
             qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(queued.count(), 0);
    QCOMPARE(core::OutboxRepository(m_session->connection())
                 .counts()
                 ->value(core::mail::OutboxStatus::Queued),
             0);

    // The dialog: the default name is the template's with the date; OK waits
    // for the box about empty fields.
    bool seen = false;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        auto* dialog = m_page->findChild<ui::QueueCampaignDialog*>();
        if (!dialog || !dialog->isVisible())
            return;
        driver.stop();
        seen = true;
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("campaignNameEdit"));
        QVERIFY(name->text().startsWith(QStringLiteral("VIP ")));
        QVERIFY(name->text().endsWith(QDate::currentDate().toString(Qt::ISODate)));
        auto* allow = dialog->findChild<QCheckBox*>(QStringLiteral("allowEmptyFieldsCheckBox"));
        QVERIFY(allow && allow->isVisible());
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        allow->setChecked(true);
        QVERIFY(ok->isEnabled());
        name->setText(QStringLiteral("VIP anyway"));
        ok->click();
    });
    driver.start(10);
    m_page->queueCampaign();
    QVERIFY(seen);
    QCOMPARE(queued.count(), 1);
    const auto counts = core::OutboxRepository(m_session->connection()).counts();
    QCOMPARE(counts->value(core::mail::OutboxStatus::Queued), 3);
    const auto rows =
        core::OutboxRepository(m_session->connection()).rows(core::mail::OutboxStatus::Queued);
    QVERIFY(rows && !rows->isEmpty());
    QCOMPARE(rows->first().campaignName, QStringLiteral("VIP anyway"));
    QCOMPARE(rows->first().campaignId, queued.first().at(0).toLongLong());
}

void TestCampaignPage::sendsATestMessageToTheServer()
{
    testing::SmtpTestServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
    QVERIFY(core::MailSettingsRepository(m_session->connection()).setSmtp(server.settings()));
    writeTemplate(QStringLiteral("Hello"), QStringLiteral("Hello {{name}}"),
                  QStringLiteral("<p>Dear {{name}}</p>"), QStringLiteral("Dear {{name}}"));
    QVERIFY(m_page->segmentChooser()->setSegment(
        {core::mail::SegmentRef::Kind::Tag, QStringLiteral("Newsletter")}));
    QVERIFY(m_page->checkRecipients());
    m_page->preview()->setCurrentRecipient(0);

    // Accepted: the box says so, and the server got the recipient's message.
    const int boxes = ui::MessageBox::count();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY2(m_page->sendTestTo(QStringLiteral("me@example.com")),
             qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(ui::MessageBox::count(), boxes + 1);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("me@example.com")));
    QVERIFY(server.waitForMessages(1));
    const auto received = server.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().recipient, QStringLiteral("me@example.com"));
    QCOMPARE(received.first().envelopeFrom, QStringLiteral("shop@example.com"));
    // Nothing went to the customer, and the outbox is untouched.
    QCOMPARE(core::OutboxRepository(m_session->connection()).rows(std::nullopt)->size(), 0);

    // Refused: the box carries the server's reply.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_page->sendTestTo(QStringLiteral("perm@example.com")));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("550")),
             qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(server.messages().size(), 1);
}

void TestCampaignPage::fitsASmallWindowInChinese()
{
    // Long Chinese names and rules must not push the page past 1280×800.
    writeTemplate(QStringLiteral("春季新茶推广活动（老客户专享）"),
                  QStringLiteral("{{name|尊敬的客户}}，您好：春季新茶已经到店，会员等级 "
                                 "{{custom.vip_level}} 专享九折"),
                  QStringLiteral("<p>{{name}}，您好！</p>"), QStringLiteral("{{name}}，您好！"));
    QVERIFY(m_page->segmentChooser()->setSegment(
        {core::mail::SegmentRef::Kind::Tag, QStringLiteral("Newsletter")}));
    QVERIFY(m_page->checkRecipients());
    const QSize minimum = m_page->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 760,
             qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
    if (!qEnvironmentVariableIsEmpty("RAPPORT_CAMPAIGN_SHOT"))
        m_page->grab().save(qEnvironmentVariable("RAPPORT_CAMPAIGN_SHOT"));
}

QTEST_MAIN(TestCampaignPage)
#include "test_campaignpage.moc"
