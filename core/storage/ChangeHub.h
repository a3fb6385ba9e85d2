#pragma once

#include <QObject>

namespace rapport::core {

enum class Entity {
    Customer,
    Company,
    Product,
    Order,
    Tag,
    CustomField,
    Pipeline,
    Deal,
    Activity,
    SavedView,
    MiningRun,
    CustomerScores,
    EmailTemplate,
    Outbox, // outbox rows, campaigns and the suppression list
};

// Repositories announce writes here; models listen and reload what they show.
// One hub per open database on the GUI thread (see H9 in the house style).
class ChangeHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void notify(Entity entity, qint64 id = 0) { Q_EMIT changed(entity, id); }

Q_SIGNALS:
    void changed(rapport::core::Entity entity, qint64 id);
};

} // namespace rapport::core
