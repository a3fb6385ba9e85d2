#pragma once

#include "common/Result.h"
#include "import/ImportOptions.h"
#include "import/ImportReport.h"
#include "import/RowCleaner.h"
#include "io/CsvReader.h"

#include <functional>
#include <memory>

namespace rapport::core {
class ImportStore;
}

namespace rapport::core::import {

// What a handler needs from the import around it.
struct ImportContext
{
    ImportStore& store;
    Report& report;
    const Options& options;
    const RowCleaner& cleaner;
    QString stamp; // created/updated time of what the run writes
    // Writes a row to the rejected-rows file and counts it.
    std::function<Status(const csv::Record& record, const QString& column, const QString& reason)>
        reject;
};

// Stores the cleaned rows of one kind of file: finds duplicates, then inserts,
// updates or skips, counting each row in the report. An Error is fatal (the
// import rolls back); a row that cannot be stored is rejected through the
// context, with its reason.
class RowHandler
{
public:
    virtual ~RowHandler() = default;
    virtual Status prepare() = 0; // reads what exists, for duplicate detection
    virtual Status handle(const CleanRow& row, const csv::Record& record) = 0;
    virtual Status finish() = 0; // writes what is still buffered
};

std::unique_ptr<RowHandler> makeCustomerHandler(ImportContext& context);
std::unique_ptr<RowHandler> makeCompanyHandler(ImportContext& context);
std::unique_ptr<RowHandler> makeProductHandler(ImportContext& context);
std::unique_ptr<RowHandler> makeOrderHandler(ImportContext& context);

// Keys for duplicate detection, shared by the handlers.
namespace keys {
// Case-folded, spaces collapsed: "  Li  LEI " and "li lei" are the same name.
QString name(const QString& name);
// The digits of a phone number, without the country code of `region` and
// trunk zeros, so "+86 138 0013 8000" and "138-0013-8000" meet; empty when
// fewer than 7 digits remain (too short to tell people apart).
QString phone(const QString& phoneText, const QString& region);
} // namespace keys

} // namespace rapport::core::import
