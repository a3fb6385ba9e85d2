#pragma once

#include "domain/Entities.h"

#include <QLineEdit>
#include <QSqlDatabase>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace rapport::ui {

// Picks one customer out of possibly a million: the user types part of a name,
// e-mail or phone and chooses from the best matches (CustomerRepository::search,
// full-text), rather than scrolling a combo box of every customer.
class CustomerPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit CustomerPicker(QSqlDatabase db, QWidget* parent = nullptr);

    // 0 when the text does not name a chosen customer.
    core::RowId customerId() const { return m_id; }
    QString customerName() const { return m_name; }
    void setCustomer(core::RowId id, const QString& name);

Q_SIGNALS:
    void customerChanged(qint64 id);

private:
    void search();
    void choose(const QModelIndex& index);

    QSqlDatabase m_db;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QTimer* m_debounce;
    core::RowId m_id = 0;
    QString m_name;
};

} // namespace rapport::ui
