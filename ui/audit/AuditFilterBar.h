#pragma once

#include "storage/AuditRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace rapport::ui {

// The audit-log viewer's filter row: what kind of record, what was done, by
// whom, between which days (local calendar days, either end optional) and a
// search in the field and values. Emits filterChanged() on every change, the
// search text after a short pause in typing. The record (entity + id) of a
// "history of this customer" view is kept here too, though no widget shows it.
class AuditFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    core::AuditFilter filter() const;
    // Shows `filter` in the widgets (no signal).
    void setFilter(const core::AuditFilter& filter);
    // The actors offered in the actor picker (what the log holds).
    void setActors(const QStringList& actors);

    QComboBox* entityBox() const { return m_entity; }
    QComboBox* actionBox() const { return m_action; }
    QComboBox* actorBox() const { return m_actor; }
    QCheckBox* fromCheck() const { return m_fromOn; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* toCheck() const { return m_toOn; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* searchEdit() const { return m_search; }

public Q_SLOTS:
    // Emits the pending search now (Enter in the search field does too).
    void applyNow();
    void clear();

Q_SIGNALS:
    void filterChanged(const rapport::core::AuditFilter& filter);

private:
    void changed();

    QComboBox* m_entity;
    QComboBox* m_action;
    QComboBox* m_actor;
    QCheckBox* m_fromOn;
    QDateEdit* m_from;
    QCheckBox* m_toOn;
    QDateEdit* m_to;
    QLineEdit* m_search;
    QTimer* m_typing;
    std::optional<core::RowId> m_entityId;
    bool m_quiet = false;
};

} // namespace rapport::ui
