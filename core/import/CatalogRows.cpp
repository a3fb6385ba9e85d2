// Companies and products: one natural key each (the name, the SKU).
#include "domain/SortKey.h"
#include "import/RowHandler.h"
#include "storage/ImportStore.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport::core::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::import::CatalogRows)
};

// Writes the present cells of `fields` (column -> field index) that differ into
// `changes`; with Fill only where the record is empty.
void offerChanges(const QVariantMap& current, const CleanRow& row,
                  const QList<std::pair<const char*, int>>& fields, bool overwrite,
                  QVariantMap& changes)
{
    for (const auto& [column, field] : fields) {
        if (field < 0 || !row[field].present)
            continue;
        const QString key = QLatin1String(column);
        const QVariant now = current.value(key);
        const QVariant next = key == QLatin1String("price_minor")
                                  ? QVariant::fromValue<qlonglong>(row[field].integer)
                                  : QVariant(row[field].text);
        if (now.toString() == next.toString())
            continue;
        if (!overwrite && !now.toString().isEmpty() && now.toString() != QLatin1String("0"))
            continue;
        changes.insert(key, next);
    }
}

class CompanyHandler final : public RowHandler
{
public:
    explicit CompanyHandler(ImportContext& context)
        : m_ctx(context)
        , f_name(context.cleaner.indexOf(QStringLiteral("name")))
        , f_phone(context.cleaner.indexOf(QStringLiteral("phone")))
        , f_website(context.cleaner.indexOf(QStringLiteral("website")))
        , f_address(context.cleaner.indexOf(QStringLiteral("address")))
        , f_notes(context.cleaner.indexOf(QStringLiteral("notes")))
    {}

    Status prepare() override
    {
        return m_ctx.store.forEachCompany(
            [this](RowId id, const QString& name) { m_byName.insert(keys::name(name), id); });
    }

    Status handle(const CleanRow& row, const csv::Record& record) override
    {
        if (!row[f_name].present)
            return m_ctx.reject(record, m_ctx.cleaner.columnLabel(QStringLiteral("name")),
                                Text::tr("A company needs a name."));
        const QString key = keys::name(row[f_name].text);
        const RowId existing = m_byName.value(key);
        if (existing != 0) {
            ++m_ctx.report.duplicatesByRule[QStringLiteral("name")];
            if (m_ctx.options.onDuplicate == OnDuplicate::Skip) {
                ++m_ctx.report.skipped;
                return {};
            }
            if (m_ctx.options.onDuplicate == OnDuplicate::Update) {
                auto current = m_ctx.store.currentValues(ImportStore::Companies, existing);
                if (!current)
                    return current.error();
                QVariantMap changes;
                offerChanges(*current, row,
                             {{"phone", f_phone},
                              {"website", f_website},
                              {"address", f_address},
                              {"notes", f_notes}},
                             m_ctx.options.updateMode == UpdateMode::Overwrite, changes);
                if (changes.isEmpty()) {
                    ++m_ctx.report.skipped;
                    return {};
                }
                if (Status s = m_ctx.store.update(ImportStore::Companies, existing, changes,
                                                  *current, m_ctx.stamp);
                    !s)
                    return s;
                ++m_ctx.report.updated;
                return {};
            }
        }
        ImportedCompany c;
        c.id = m_ctx.store.takeId(ImportStore::Companies);
        c.uuid = Repository::newUuid();
        c.name = row[f_name].text;
        c.sortKey = sortKeyFor(c.name);
        c.phone = row[f_phone].text;
        c.website = row[f_website].text;
        c.address = row[f_address].text;
        c.notes = row[f_notes].text;
        if (Status s = m_ctx.store.insert(c); !s)
            return s;
        if (existing == 0)
            m_byName.insert(key, c.id);
        ++m_ctx.report.inserted;
        return {};
    }

    Status finish() override { return m_ctx.store.flush(); }

private:
    ImportContext& m_ctx;
    const int f_name, f_phone, f_website, f_address, f_notes;
    QHash<QString, RowId> m_byName;
};

class ProductHandler final : public RowHandler
{
public:
    explicit ProductHandler(ImportContext& context)
        : m_ctx(context)
        , f_sku(context.cleaner.indexOf(QStringLiteral("sku")))
        , f_name(context.cleaner.indexOf(QStringLiteral("name")))
        , f_category(context.cleaner.indexOf(QStringLiteral("category")))
        , f_price(context.cleaner.indexOf(QStringLiteral("price")))
        , f_currency(context.cleaner.indexOf(QStringLiteral("currency")))
    {}

    Status prepare() override
    {
        return m_ctx.store.forEachProduct([this](RowId id, const QString& sku, bool deleted) {
            m_bySku.insert(sku, deleted ? -id : id);
        });
    }

    Status handle(const CleanRow& row, const csv::Record& record) override
    {
        if (!row[f_sku].present)
            return m_ctx.reject(record, m_ctx.cleaner.columnLabel(QStringLiteral("sku")),
                                Text::tr("A product needs a SKU."));
        if (!row[f_name].present)
            return m_ctx.reject(record, m_ctx.cleaner.columnLabel(QStringLiteral("name")),
                                Text::tr("A product needs a name."));
        if (row[f_price].present && row[f_price].integer < 0)
            return m_ctx.reject(record, m_ctx.cleaner.columnLabel(QStringLiteral("price")),
                                Text::tr("A price cannot be negative."));
        const QString sku = row[f_sku].text;
        const RowId existing = m_bySku.value(sku);
        if (existing < 0)
            return m_ctx.reject(record, m_ctx.cleaner.columnLabel(QStringLiteral("sku")),
                                Text::tr("The product with SKU “%1” was deleted; restore it "
                                         "before importing it again.")
                                    .arg(sku));
        if (existing > 0) {
            ++m_ctx.report.duplicatesByRule[QStringLiteral("sku")];
            switch (m_ctx.options.onDuplicate) {
            case OnDuplicate::Skip:
                ++m_ctx.report.skipped;
                return {};
            case OnDuplicate::Create:
                return m_ctx.reject(record, m_ctx.cleaner.columnLabel(QStringLiteral("sku")),
                                    Text::tr("A product with SKU “%1” exists already, and SKUs "
                                             "are unique.")
                                        .arg(sku));
            case OnDuplicate::Update:
                break;
            }
            auto current = m_ctx.store.currentValues(ImportStore::Products, existing);
            if (!current)
                return current.error();
            QVariantMap changes;
            offerChanges(*current, row,
                         {{"name", f_name}, {"category", f_category}, {"price_minor", f_price}},
                         m_ctx.options.updateMode == UpdateMode::Overwrite, changes);
            if (row[f_price].present && changes.contains(QStringLiteral("price_minor")))
                changes.insert(QStringLiteral("currency"), row[f_price].currency);
            if (changes.isEmpty()) {
                ++m_ctx.report.skipped;
                return {};
            }
            if (Status s = m_ctx.store.update(ImportStore::Products, existing, changes, *current,
                                              m_ctx.stamp);
                !s)
                return s;
            ++m_ctx.report.updated;
            return {};
        }
        ImportedProduct p;
        p.id = m_ctx.store.takeId(ImportStore::Products);
        p.uuid = Repository::newUuid();
        p.sku = sku;
        p.name = row[f_name].text;
        p.sortKey = sortKeyFor(p.name);
        p.category = row[f_category].text;
        p.priceMinor = row[f_price].present ? row[f_price].integer : 0;
        p.currency = row[f_price].present      ? row[f_price].currency
                     : row[f_currency].present ? row[f_currency].text
                                               : m_ctx.options.defaultCurrency;
        if (Status s = m_ctx.store.insert(p); !s)
            return s;
        m_bySku.insert(sku, p.id);
        ++m_ctx.report.inserted;
        return {};
    }

    Status finish() override { return m_ctx.store.flush(); }

private:
    ImportContext& m_ctx;
    const int f_sku, f_name, f_category, f_price, f_currency;
    QHash<QString, RowId> m_bySku; // negative: a deleted product
};

} // namespace

std::unique_ptr<RowHandler> makeCompanyHandler(ImportContext& context)
{
    return std::make_unique<CompanyHandler>(context);
}

std::unique_ptr<RowHandler> makeProductHandler(ImportContext& context)
{
    return std::make_unique<ProductHandler>(context);
}

} // namespace rapport::core::import
