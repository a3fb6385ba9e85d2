#pragma once

#include "import/ImportOptions.h"
#include "import/ImportReport.h"
#include "import/ImportSchema.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace rapport::core::import {

// A cleaned cell: `text` is the value as it will be stored (or shown in the
// preview); the typed members hold numbers, dates and flags.
struct Cell
{
    bool present = false; // the file had a non-empty value
    QString text;
    qint64 integer = 0; // Integer; Money in minor units
    QDate date;
    bool yes = false;
    QString currency; // Money: the currency the amount is in
};

struct CleanRow
{
    std::vector<Cell> cells; // by the field's index in fieldsOf(entity)
    QJsonObject custom;      // custom.KEY columns
    QStringList errorColumns, errorReasons;
    bool ok() const { return errorColumns.isEmpty(); }
    const Cell& operator[](int field) const { return cells[static_cast<std::size_t>(field)]; }
};

// Turns the cells of one record into values ready to store, with the column
// decisions of a FileLayout (day/month order, decimal separator) and the
// options (default currency, phone region). Every error names its column.
class RowCleaner
{
public:
    RowCleaner(Entity entity, const FileLayout& layout, const Options& options);

    // The index of a field in CleanRow::cells, or -1 (a key not in fieldsOf).
    int indexOf(const QString& key) const;
    // The file's header of the column a field comes from (what a rejected-rows
    // file names), or the field's label when no column maps to it.
    QString columnLabel(const QString& key) const;
    // Whether a column of the file fills the field.
    bool maps(const QString& key) const;
    void clean(const QStringList& fields, CleanRow& row) const;
    // The live custom fields of the entity (FileLayout::customFields).
    const QList<CustomFieldDef>& customFields() const { return m_customFields; }

private:
    struct Column
    {
        int file = -1;   // column in the file
        int field = -1;  // index in fieldsOf(entity), or -1 for a custom field
        int custom = -1; // index in m_customFields for a custom field
        FieldType type = FieldType::Text;
        QString key, header;
        parse::DateOrder dateOrder = parse::DateOrder::Ymd;
        parse::NumberStyle numberStyle = parse::NumberStyle::DotDecimal;
    };

    Entity m_entity;
    Options m_options;
    std::vector<Column> m_columns;
    QList<CustomFieldDef> m_customFields;
    int m_currencyField = -1;
    int m_fieldCount = 0;
};

// Fraction digits of a currency's minor unit (0 for JPY and KRW, else 2).
int fractionDigitsOf(const QString& currency);
// An order status in English or Chinese ("paid", "已付款"), or an error.
Result<OrderStatus> parseStatus(const QString& text);

} // namespace rapport::core::import
