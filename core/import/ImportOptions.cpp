#include "import/ImportOptions.h"

#include <QCoreApplication>

namespace rapport::core::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::import::ImportOptions)
};

} // namespace

QString onDuplicateKey(OnDuplicate value)
{
    switch (value) {
    case OnDuplicate::Skip:
        return QStringLiteral("skip");
    case OnDuplicate::Update:
        return QStringLiteral("update");
    case OnDuplicate::Create:
        break;
    }
    return QStringLiteral("create");
}

Result<OnDuplicate> parseOnDuplicateKey(const QString& key)
{
    for (OnDuplicate v : {OnDuplicate::Skip, OnDuplicate::Update, OnDuplicate::Create}) {
        if (onDuplicateKey(v) == key.trimmed().toLower())
            return v;
    }
    return Error::make(
        Error::Code::InvalidArgument,
        Text::tr("Unknown duplicate handling “%1”: use skip, update or create.").arg(key));
}

QString updateModeKey(UpdateMode value)
{
    return value == UpdateMode::Fill ? QStringLiteral("fill") : QStringLiteral("overwrite");
}

Result<UpdateMode> parseUpdateModeKey(const QString& key)
{
    for (UpdateMode v : {UpdateMode::Fill, UpdateMode::Overwrite}) {
        if (updateModeKey(v) == key.trimmed().toLower())
            return v;
    }
    return Error::make(Error::Code::InvalidArgument,
                       Text::tr("Unknown update mode “%1”: use fill or overwrite.").arg(key));
}

QJsonObject Options::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("encoding"), csv::encodingKey(encoding));
    o.insert(QStringLiteral("delimiter"),
             delimiter.isNull() ? QStringLiteral("auto") : QString(delimiter));
    o.insert(QStringLiteral("on_duplicate"), onDuplicateKey(onDuplicate));
    o.insert(QStringLiteral("update_mode"), updateModeKey(updateMode));
    o.insert(QStringLiteral("date_order"), parse::dateOrderKey(dateOrder));
    o.insert(QStringLiteral("default_currency"), defaultCurrency);
    o.insert(QStringLiteral("phone_region"), phoneRegion);
    if (!walkInCustomer.isEmpty())
        o.insert(QStringLiteral("walk_in_customer"), walkInCustomer);
    return o;
}

} // namespace rapport::core::import
