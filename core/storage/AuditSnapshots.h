#pragma once

#include "domain/Activity.h"
#include "domain/CustomField.h"
#include "domain/Deal.h"
#include "domain/Entities.h"
#include "storage/AuditLog.h"

namespace rapport::core::audit {

// The fields of each kind of row the audit log compares on update, as stored
// (the rows the repositories read back with get()). An order's or a deal's
// customer is logged by id, not name: a customer's personal data then lives
// only in rows of entity "customers", which is what erasure clears.
AuditLog::Snapshot snapshot(const Customer& customer);
AuditLog::Snapshot snapshot(const Company& company);
AuditLog::Snapshot snapshot(const Product& product);
// Lines as one "lines" field: "2 × Tea @ 12.50; 1 × Cup @ 3.00".
AuditLog::Snapshot snapshot(const Order& order);
// Without the stage: a stage move is logged by DealRepository::move().
AuditLog::Snapshot snapshot(const Deal& deal);
AuditLog::Snapshot snapshot(const Activity& activity);
AuditLog::Snapshot snapshot(const CustomFieldDef& def);

// The summary of an order's lines used by snapshot(const Order&).
QString linesSummary(const Order& order);

} // namespace rapport::core::audit
