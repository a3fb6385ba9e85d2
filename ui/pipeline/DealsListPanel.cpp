#include "pipeline/DealsListPanel.h"

#include "Format.h"
#include "Session.h"
#include "commands/DealCommands.h"
#include "models/PagedTableModel.h"
#include "storage/CustomFieldRepository.h"
#include "storage/DealRepository.h"

#include <QLocale>

namespace rapport::ui {

namespace {

core::TableDef dealsTable(const PanelContext& context)
{
    auto def =
        core::tableDefWithCustomFields(context.session->connection(), core::FieldEntity::Deals);
    return def ? *def : core::DealRepository::tableDef();
}

// Amounts without a symbol: the currency has its own column, and rows may differ.
QVariant plainMoney(const QVariant& cell)
{
    const qint64 minor = cell.toLongLong();
    const QLocale locale;
    return locale.toString(minor / 100) + locale.decimalPoint()
           + QStringLiteral("%1").arg(minor % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

DealsListPanel::DealsListPanel(const PanelContext& context, QWidget* parent)
    : TablePanel(context, dealsTable(context), QStringLiteral("deals"), parent)
{
    model()->setHeaderTitle(QStringLiteral("title"), tr("Title"));
    model()->setHeaderTitle(QStringLiteral("stage"), tr("Stage"));
    model()->setHeaderTitle(QStringLiteral("amount"), tr("Amount"));
    model()->setHeaderTitle(QStringLiteral("probability"), tr("Probability"));
    model()->setHeaderTitle(QStringLiteral("expected_close"), tr("Expected close"));
    model()->setFormatter(QStringLiteral("amount"), plainMoney);
    model()->setAlignment(QStringLiteral("amount"), Qt::AlignRight | Qt::AlignVCenter);
    model()->setFormatter(QStringLiteral("probability"), [](const QVariant& cell) -> QVariant {
        return QStringLiteral("%1 %").arg(cell.toInt());
    });
    model()->setAlignment(QStringLiteral("probability"), Qt::AlignRight | Qt::AlignVCenter);
    model()->setFormatter(QStringLiteral("expected_close"), [](const QVariant& cell) -> QVariant {
        const QDate date = QDate::fromString(cell.toString(), Qt::ISODate);
        return date.isValid() ? QVariant(Format::date(date)) : QVariant(QString());
    });
    model()->setFormatter(QStringLiteral("updated"), [](const QVariant& cell) -> QVariant {
        const QDateTime at = QDateTime::fromString(cell.toString(), Qt::ISODateWithMs);
        return at.isValid() ? QVariant(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                            : cell;
    });
    setDefaultSort(QStringLiteral("stage"), Qt::AscendingOrder);
}

QString DealsListPanel::title() const
{
    return tr("Deals");
}

QString DealsListPanel::countText(qint64 count) const
{
    return tr("%Ln deal(s)", nullptr, int(std::min<qint64>(count, INT_MAX)));
}

void DealsListPanel::setPipeline(core::RowId pipelineId)
{
    core::QuerySpec spec = model()->querySpec();
    spec.filters = {{QStringLiteral("pipeline"), QVariant::fromValue<qlonglong>(pipelineId)}};
    model()->setQuerySpec(spec);
}

void DealsListPanel::setEditors(std::function<void()> create, std::function<void(core::RowId)> edit)
{
    m_create = std::move(create);
    m_edit = std::move(edit);
}

void DealsListPanel::createItem()
{
    if (m_create)
        m_create();
}

void DealsListPanel::editItem(core::RowId id)
{
    if (m_edit)
        m_edit(id);
}

void DealsListPanel::deleteItems(const QList<core::RowId>& ids)
{
    core::DealRepository repository(session()->connection());
    for (core::RowId id : ids) {
        if (const auto deal = repository.get(id))
            push(DealCommandFactory::remove(session(), *deal, errorHandler()));
    }
}

} // namespace rapport::ui
