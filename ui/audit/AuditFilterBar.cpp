#include "audit/AuditFilterBar.h"

#include "storage/AuditLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace rapport::ui {

namespace {

// A pause in typing long enough to be a finished word, short enough to feel live.
constexpr int kTypingPauseMs = 300;

// The start of a local calendar day as a UTC instant.
QDateTime startOfDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_entity(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_fromOn(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_toOn(new QCheckBox(tr("To"), this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_typing(new QTimer(this))
{
    m_entity->setObjectName(QStringLiteral("auditEntityBox"));
    m_entity->addItem(tr("All records"), QString());
    for (const QString& key : core::AuditRepository::entityKeys())
        m_entity->addItem(core::AuditRepository::entityLabel(key), key);

    m_action->setObjectName(QStringLiteral("auditActionBox"));
    m_action->addItem(tr("All actions"), QString());
    for (core::AuditLog::Action action : core::AuditLog::allActions()) {
        const QString key = core::AuditLog::actionKey(action);
        m_action->addItem(core::AuditRepository::actionLabel(key), key);
    }

    m_actor->setObjectName(QStringLiteral("auditActorBox"));
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->lineEdit()->setPlaceholderText(tr("Anyone"));
    m_actor->setMinimumContentsLength(8);

    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_to->setObjectName(QStringLiteral("auditToEdit"));

    m_search->setObjectName(QStringLiteral("auditSearchEdit"));
    m_search->setPlaceholderText(tr("Search fields and values"));
    m_search->setClearButtonEnabled(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entity);
    layout->addWidget(m_action);
    layout->addWidget(m_actor);
    layout->addWidget(m_fromOn);
    layout->addWidget(m_from);
    layout->addWidget(m_toOn);
    layout->addWidget(m_to);
    layout->addWidget(m_search, 1);

    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        m_entityId.reset(); // another kind of record: not one record's history any more
        changed();
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changed);
    connect(m_actor, &QComboBox::currentTextChanged, this, [this] { m_typing->start(); });
    for (QCheckBox* box : {m_fromOn, m_toOn}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_from->setEnabled(m_fromOn->isChecked());
            m_to->setEnabled(m_toOn->isChecked());
            changed();
        });
    }
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &AuditFilterBar::applyNow);
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::changed);
}

core::AuditFilter AuditFilterBar::filter() const
{
    core::AuditFilter f;
    f.entity = m_entity->currentData().toString();
    if (!f.entity.isEmpty())
        f.entityId = m_entityId;
    f.action = m_action->currentData().toString();
    f.actor = m_actor->currentText().trimmed();
    if (m_fromOn->isChecked())
        f.from = startOfDay(m_from->date());
    if (m_toOn->isChecked())
        f.to = startOfDay(m_to->date().addDays(1)); // "to" includes that whole day
    f.text = m_search->text().trimmed();
    return f;
}

void AuditFilterBar::setFilter(const core::AuditFilter& filter)
{
    m_quiet = true;
    const int entity = m_entity->findData(filter.entity);
    m_entity->setCurrentIndex(entity < 0 ? 0 : entity);
    m_entityId = filter.entity.isEmpty() ? std::nullopt : filter.entityId;
    const int action = m_action->findData(filter.action);
    m_action->setCurrentIndex(action < 0 ? 0 : action);
    m_actor->setCurrentText(filter.actor);
    m_fromOn->setChecked(filter.from.isValid());
    if (filter.from.isValid())
        m_from->setDate(filter.from.toLocalTime().date());
    m_toOn->setChecked(filter.to.isValid());
    if (filter.to.isValid())
        m_to->setDate(filter.to.toLocalTime().date().addDays(-1));
    m_search->setText(filter.text);
    m_typing->stop();
    m_quiet = false;
}

void AuditFilterBar::setActors(const QStringList& actors)
{
    const QString current = m_actor->currentText();
    m_quiet = true;
    m_actor->clear();
    m_actor->addItem(QString());
    m_actor->addItems(actors);
    m_actor->setCurrentText(current);
    m_quiet = false;
}

void AuditFilterBar::applyNow()
{
    m_typing->stop();
    changed();
}

void AuditFilterBar::clear()
{
    setFilter({});
    changed();
}

void AuditFilterBar::changed()
{
    if (m_quiet)
        return;
    m_typing->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace rapport::ui
