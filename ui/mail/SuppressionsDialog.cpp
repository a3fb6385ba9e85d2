#include "mail/SuppressionsDialog.h"

#include "Session.h"
#include "mail/OutboxDetailPane.h"
#include "storage/ConsentRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

enum Column { AddressColumn, ReasonColumn, NoteColumn, AddedColumn, ColumnCount };

QString reasonName(const QString& key)
{
    if (key == QLatin1String("opt_out"))
        return SuppressionsDialog::tr("Opted out");
    if (key == QLatin1String("bounce"))
        return SuppressionsDialog::tr("Bounced");
    if (key == QLatin1String("complaint"))
        return SuppressionsDialog::tr("Complaint");
    if (key == QLatin1String("manual"))
        return SuppressionsDialog::tr("Added by hand");
    return key;
}

} // namespace

SuppressionsDialog::SuppressionsDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_address(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_error(new QLabel(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Suppression List"));
    setObjectName(QStringLiteral("suppressionsDialog"));
    m_table->setObjectName(QStringLiteral("suppressionsTable"));
    m_address->setObjectName(QStringLiteral("suppressAddressLineEdit"));
    m_note->setObjectName(QStringLiteral("suppressNoteLineEdit"));
    m_add->setObjectName(QStringLiteral("suppressAddButton"));
    m_error->setObjectName(QStringLiteral("suppressErrorLabel"));
    m_count->setObjectName(QStringLiteral("suppressCountLabel"));

    m_table->setHorizontalHeaderLabels({tr("Address"), tr("Reason"), tr("Note"), tr("Added")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(AddressColumn, 220);

    auto* why = new QLabel(tr("Rapport never sends marketing mail to these addresses, whatever a "
                              "segment or an import says. Addresses are never removed: someone "
                              "who asked not to be mailed must not be mailed again by mistake."),
                           this);
    why->setWordWrap(true);
    m_address->setPlaceholderText(tr("name@example.com"));
    m_note->setPlaceholderText(tr("Note (optional), e.g. asked by phone"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_address, 2);
    addRow->addWidget(m_note, 2);
    addRow->addWidget(m_add);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &SuppressionsDialog::addAddress);
    connect(m_address, &QLineEdit::returnPressed, this, &SuppressionsDialog::addAddress);
    connect(buttons, &QDialogButtonBox::rejected, this, &SuppressionsDialog::reject);
    connect(m_session->hub(), &core::ChangeHub::changed, this, [this](core::Entity entity) {
        if (entity == core::Entity::Outbox)
            reload();
    });
    // Return in the address field adds; it must not close the dialog.
    m_add->setAutoDefault(false);
    for (QPushButton* button : buttons->findChildren<QPushButton*>())
        button->setAutoDefault(false);
    reload();
    resize(680, 440);
}

QString SuppressionsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SuppressionsDialog::reload()
{
    const auto list = core::ConsentRepository(m_session->connection()).suppressions();
    if (!list) {
        m_error->setText(list.error().message);
        m_error->show();
        return;
    }
    m_table->setRowCount(int(list->size()));
    int row = 0;
    for (const core::Suppression& s : *list) {
        m_table->setItem(row, AddressColumn, new QTableWidgetItem(s.address));
        m_table->setItem(row, ReasonColumn, new QTableWidgetItem(reasonName(s.reason)));
        m_table->setItem(row, NoteColumn, new QTableWidgetItem(s.note));
        m_table->setItem(row, AddedColumn,
                         new QTableWidgetItem(OutboxDetailPane::localTime(s.createdAt)));
        ++row;
    }
    m_count->setText(tr("%n suppressed address(es)", nullptr, int(list->size())));
}

void SuppressionsDialog::addAddress()
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty())
        return;
    core::ConsentRepository repository(m_session->connection(), m_session->hub());
    const core::Status added =
        repository.suppress(address, QStringLiteral("manual"), m_note->text().simplified());
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    m_address->clear();
    m_note->clear();
    reload(); // also done by the hub when the repository announces it
}

} // namespace rapport::ui
