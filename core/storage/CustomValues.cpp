#include "storage/CustomValues.h"

#include "storage/CustomFieldRepository.h"

namespace rapport::core::customvalues {

Result<PreparedCustom> prepare(const QSqlDatabase& db, FieldEntity entity, const QString& json,
                               bool creating)
{
    auto object = customfields::parseObject(json);
    if (!object)
        return object.error();
    auto defs = CustomFieldRepository(db).fields(entity);
    if (!defs)
        return defs.error();
    QJsonObject custom = creating ? customfields::withDefaults(*defs, *object) : *object;
    if (Status s = customfields::validateObject(*defs, custom); !s)
        return s.error();
    return PreparedCustom{customfields::toJson(custom), customfields::searchText(*defs, custom)};
}

} // namespace rapport::core::customvalues
