#include "mail/SegmentChooser.h"

#include "Session.h"
#include "storage/MiningRepository.h"
#include "storage/SavedViewRepository.h"
#include "storage/ScoreRepository.h"
#include "storage/TagRepository.h"
#include "value/Rfm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

using Kind = core::mail::SegmentRef::Kind;

SegmentChooser::SegmentChooser(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_name(new QComboBox(this))
    , m_optIn(new QCheckBox(tr("Only customers who opted in"), this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("segmentChooser"));
    m_kind->setObjectName(QStringLiteral("segmentKindCombo"));
    m_name->setObjectName(QStringLiteral("segmentNameCombo"));
    m_optIn->setObjectName(QStringLiteral("segmentOptInCheckBox"));
    m_optIn->setToolTip(tr("Leave out customers without a recorded opt-in. Customers who opted "
                           "out never get marketing mail, whatever this says."));
    m_hint->setObjectName(QStringLiteral("segmentHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // greyed: a hint, not content
    m_hint->hide();

    m_kind->addItem(tr("Tag"), int(Kind::Tag));
    m_kind->addItem(tr("Saved view"), int(Kind::View));
    m_kind->addItem(tr("RFM segment"), int(Kind::Rfm));
    m_kind->addItem(tr("Rule’s targets"), int(Kind::Rule));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Rule texts can be long: the combo must not widen the page.
    m_name->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_name->setMinimumContentsLength(16);
    m_name->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_kind);
    row->addWidget(m_name, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(m_optIn);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        reload();
        Q_EMIT changed();
    });
    connect(m_name, &QComboBox::currentIndexChanged, this, &SegmentChooser::changed);
    connect(m_optIn, &QCheckBox::toggled, this, &SegmentChooser::changed);
    connect(m_session->hub(), &core::ChangeHub::changed, this,
            [this](core::Entity entity, qint64) { onDatabaseChanged(entity); });
    reload();
}

Kind SegmentChooser::currentKind() const
{
    return Kind(m_kind->currentData().toInt());
}

std::optional<core::mail::SegmentRef> SegmentChooser::segment() const
{
    if (m_name->currentIndex() < 0)
        return std::nullopt;
    return core::mail::SegmentRef{currentKind(), m_name->currentData().toString()};
}

bool SegmentChooser::setSegment(const core::mail::SegmentRef& segment)
{
    const int kindIndex = m_kind->findData(int(segment.kind));
    if (kindIndex < 0)
        return false;
    m_kind->setCurrentIndex(kindIndex); // reloads the names when the kind changes
    const int nameIndex = m_name->findData(segment.name);
    if (nameIndex < 0)
        return false;
    m_name->setCurrentIndex(nameIndex);
    return true;
}

bool SegmentChooser::requireOptIn() const
{
    return m_optIn->isChecked();
}

void SegmentChooser::setRequireOptIn(bool required)
{
    m_optIn->setChecked(required);
}

QString SegmentChooser::segmentText() const
{
    if (m_name->currentIndex() < 0)
        return QString();
    return tr("%1: %2").arg(m_kind->currentText(), m_name->currentText());
}

QStringList SegmentChooser::entryTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_name->count(); ++i)
        texts << m_name->itemText(i);
    return texts;
}

QStringList SegmentChooser::entryNames() const
{
    QStringList names;
    for (int i = 0; i < m_name->count(); ++i)
        names << m_name->itemData(i).toString();
    return names;
}

void SegmentChooser::onDatabaseChanged(core::Entity entity)
{
    const Kind kind = currentKind();
    const bool affected = (kind == Kind::Tag && entity == core::Entity::Tag)
                          || (kind == Kind::View && entity == core::Entity::SavedView)
                          || (kind == Kind::Rfm && entity == core::Entity::CustomerScores)
                          || (kind == Kind::Rule && entity == core::Entity::MiningRun);
    if (affected)
        reload();
}

void SegmentChooser::reload()
{
    const QVariant previous = m_name->currentData();
    {
        // The choice is put back below: only a real change is announced.
        const QSignalBlocker blocker(m_name);
        m_name->clear();
        m_hint->clear();
        switch (currentKind()) {
        case Kind::Tag:
            fillTags();
            break;
        case Kind::View:
            fillViews();
            break;
        case Kind::Rfm:
            fillRfm();
            break;
        case Kind::Rule:
            fillRules();
            break;
        }
        const int index = previous.isValid() ? m_name->findData(previous) : -1;
        m_name->setCurrentIndex(index >= 0 ? index : (m_name->count() > 0 ? 0 : -1));
    }
    m_name->setEnabled(m_name->count() > 0);
    m_hint->setVisible(!m_hint->text().isEmpty());
    if (m_name->currentData() != previous)
        Q_EMIT changed();
}

void SegmentChooser::fillTags()
{
    const auto tags = core::TagRepository(m_session->connection()).all();
    if (!tags) {
        m_hint->setText(tags.error().message);
        return;
    }
    for (const core::Tag& tag : *tags)
        m_name->addItem(tag.name, tag.name);
    if (tags->isEmpty())
        m_hint->setText(tr("No tags yet: tag customers in the Customers table first."));
}

void SegmentChooser::fillViews()
{
    const auto views =
        core::SavedViewRepository(m_session->connection()).views(core::FieldEntity::Customers);
    if (!views) {
        m_hint->setText(views.error().message);
        return;
    }
    for (const core::SavedView& view : *views)
        m_name->addItem(view.name, view.name);
    if (views->isEmpty())
        m_hint->setText(tr("No saved customer views yet: filter the Customers table and save "
                           "the view first."));
}

void SegmentChooser::fillRfm()
{
    const core::ScoreRepository scores(m_session->connection());
    const auto run = scores.latestRun();
    if (!run) {
        m_hint->setText(run.error().message);
        return;
    }
    if (!run->has_value()) {
        m_hint->setText(tr("No RFM segments yet: score the customers first (Insights › Customer "
                           "Value)."));
        return;
    }
    // The run's report holds the count per segment: no walk over the scores.
    const QJsonObject counts = (*run)->report.value(QStringLiteral("segments")).toObject();
    for (int s = 0; s < core::value::kRfmSegmentCount; ++s) {
        const auto segment = core::value::RfmSegment(s);
        const QString key = core::value::rfmSegmentKey(segment);
        const int members = counts.value(key).toInt();
        // A segment nobody is in would only ever give an empty campaign.
        if (members > 0)
            m_name->addItem(tr("%1 (%n customer(s))", nullptr, members)
                                .arg(core::value::rfmSegmentName(segment)),
                            key);
    }
}

void SegmentChooser::fillRules()
{
    const core::MiningRepository mining(m_session->connection());
    const auto runs = mining.runs();
    if (!runs) {
        m_hint->setText(runs.error().message);
        return;
    }
    // Target lists are customers who bought some products but not others: only
    // a product run's rules name products.
    const auto run = std::find_if(runs->cbegin(), runs->cend(), [](const auto& r) {
        return r.baskets.level == core::mining::ItemLevel::Product;
    });
    if (run == runs->cend()) {
        m_hint->setText(tr("No product rules yet: mine purchase rules by product first "
                           "(Insights › Purchase Rules)."));
        return;
    }
    const auto rules = mining.rules(run->id);
    if (!rules) {
        m_hint->setText(rules.error().message);
        return;
    }
    const QLocale locale;
    int shown = 0;
    for (const core::mining::StoredRule& rule : *rules) {
        if (shown++ == kMaxRules)
            break;
        m_name->addItem(tr("%1 (lift %2)").arg(rule.text(), locale.toString(rule.lift, 'f', 1)),
                        QString::number(rule.id));
    }
    if (rules->isEmpty())
        m_hint->setText(tr("The latest product mining run found no rules."));
}

} // namespace rapport::ui
