#include "widgets/CustomerPicker.h"

#include "storage/CustomerRepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace rapport::ui {

namespace {
constexpr int kMatchLimit = 30;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
} // namespace

CustomerPicker::CustomerPicker(QSqlDatabase db, QWidget* parent)
    : QLineEdit(parent)
    , m_db(std::move(db))
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    setPlaceholderText(tr("Type a name, e-mail or phone"));
    setClearButtonEnabled(true);
    // The matches come from full-text search, so the completer shows them all
    // as they are rather than filtering them again by prefix.
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CustomerPicker::search);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_id != 0) {
            m_id = 0;
            m_name.clear();
            Q_EMIT customerChanged(0);
        }
        m_debounce->start();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &CustomerPicker::choose);
}

void CustomerPicker::setCustomer(core::RowId id, const QString& name)
{
    m_id = id;
    m_name = name;
    setText(name);
    Q_EMIT customerChanged(id);
}

void CustomerPicker::search()
{
    m_matches->clear();
    const QString text = this->text().trimmed();
    if (text.isEmpty())
        return;
    const auto found = core::CustomerRepository(m_db).search(text, kMatchLimit);
    if (!found)
        return;
    for (const core::Customer& customer : *found) {
        QString label = customer.name;
        if (!customer.companyName.isEmpty())
            label += QStringLiteral(" — ") + customer.companyName;
        if (!customer.email.isEmpty())
            label += QStringLiteral(" <") + customer.email + QLatin1Char('>');
        auto* item = new QStandardItem(label);
        item->setData(QVariant::fromValue<qint64>(customer.id), kIdRole);
        item->setData(customer.name, kNameRole);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0)
        m_completer->complete();
}

void CustomerPicker::choose(const QModelIndex& index)
{
    // The completer's popup shows our model directly (unfiltered), so the index
    // may belong to the completion model: read the data through it.
    setCustomer(index.data(kIdRole).toLongLong(), index.data(kNameRole).toString());
}

} // namespace rapport::ui
