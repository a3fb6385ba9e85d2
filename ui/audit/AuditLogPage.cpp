#include "audit/AuditLogPage.h"

#include "Session.h"
#include "audit/AuditFilterBar.h"
#include "models/PagedTableModel.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

const QString kOld = QStringLiteral("old");
const QString kNew = QStringLiteral("new");

QString localTime(const QString& timestamp)
{
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!when.isValid())
        return timestamp;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString readableValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? AuditLogPage::tr("yes") : AuditLogPage::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << readableValue(item);
        return items.join(QStringLiteral("; "));
    }
    case QJsonValue::Object: {
        QStringList lines;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            lines << it.key() + QStringLiteral(": ") + readableValue(it.value());
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

} // namespace

AuditLogPage::AuditLogPage(const PanelContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PagedTableModel(context.session->connection(), core::AuditRepository::tableDef(),
                                  context.session->hub(), this))
    , m_filterBar(new AuditFilterBar(this))
    , m_view(new QTableView(this))
    , m_recordLabel(new QLabel(this))
    , m_clearRecord(new QToolButton(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    const QList<std::pair<QString, QString>> titles = {
        {QStringLiteral("at"), tr("When")},
        {QStringLiteral("actor"), tr("Who")},
        {QStringLiteral("entity"), tr("Kind")},
        {QStringLiteral("record"), tr("Record")},
        {QStringLiteral("action"), tr("Action")},
        {QStringLiteral("field"), tr("Field")},
        {kOld, tr("Old value")},
        {kNew, tr("New value")},
    };
    for (const auto& [key, title] : titles)
        m_model->setHeaderTitle(key, title);
    m_model->setFormatter(QStringLiteral("at"), [](const QVariant& cell) -> QVariant {
        return localTime(cell.toString());
    });
    m_model->setFormatter(QStringLiteral("entity"), [](const QVariant& cell) -> QVariant {
        return core::AuditRepository::entityLabel(cell.toString());
    });
    m_model->setFormatter(QStringLiteral("action"), [](const QVariant& cell) -> QVariant {
        return core::AuditRepository::actionLabel(cell.toString());
    });
    for (const QString& key : {kOld, kNew}) {
        m_model->setFormatter(key, [](const QVariant& cell) -> QVariant {
            // One line in the table; the detail area shows all of it.
            return readable(cell).replace(QLatin1Char('\n'), QStringLiteral("; "));
        });
    }
    m_model->setQuerySpec(core::AuditRepository::querySpec(m_filter));

    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(m_model->columnIndex(QStringLiteral("at")),
                                                 Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);

    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a row to see its values in full."));

    m_recordLabel->setObjectName(QStringLiteral("auditRecordLabel"));
    m_clearRecord->setText(tr("Show All"));
    m_clearRecord->setToolTip(tr("Show the whole log again"));
    auto* recordRow = new QHBoxLayout;
    recordRow->addWidget(m_recordLabel, 1);
    recordRow->addWidget(m_clearRecord);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(recordRow);
    layout->addWidget(splitter, 1);

    connect(m_filterBar, &AuditFilterBar::filterChanged, this, &AuditLogPage::applyFilter);
    connect(m_clearRecord, &QToolButton::clicked, this, [this] {
        core::AuditFilter all = m_filter;
        all.entity.clear();
        all.entityId.reset();
        setFilter(all);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetail();
        updateRecordLabel();
    });
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const core::Error& error) {
        MessageBox::warning(this, title(), error.message);
    });
    updateRecordLabel();
    reload();
}

AuditLogPage::~AuditLogPage() = default;

QString AuditLogPage::title() const
{
    return tr("Audit Log");
}

void AuditLogPage::setFilter(const core::AuditFilter& filter)
{
    m_filterBar->setFilter(filter);
    applyFilter(m_filterBar->filter());
}

void AuditLogPage::showRecord(const QString& entity, core::RowId id)
{
    core::AuditFilter filter;
    filter.entity = entity;
    filter.entityId = id;
    setFilter(filter);
}

void AuditLogPage::reload()
{
    refreshActors();
    m_model->reload();
}

void AuditLogPage::refreshActors()
{
    // Read when the page is shown, not on every write: it scans the log.
    auto actors = core::AuditRepository(m_context.session->connection()).actors();
    if (actors)
        m_filterBar->setActors(*actors);
}

void AuditLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshActors();
    m_model->setLive(true);
}

void AuditLogPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_model->setLive(false);
}

void AuditLogPage::applyFilter(const core::AuditFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    core::QuerySpec spec = core::AuditRepository::querySpec(filter);
    // Keep a sort the user chose on a column header.
    spec.sortKey = m_model->querySpec().sortKey;
    spec.descending = m_model->querySpec().descending;
    m_model->setQuerySpec(spec);
    updateRecordLabel();
}

QString AuditLogPage::readable(const QVariant& json)
{
    if (json.isNull())
        return {};
    const QString text = json.toString();
    if (text.isEmpty() || text == QLatin1String("null"))
        return {};
    // Scalars are wrapped so QJsonDocument parses them too.
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    if (!doc.isArray() || doc.array().size() != 1)
        return text; // not JSON after all: shown as stored
    return readableValue(doc.array().first());
}

void AuditLogPage::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const auto cell = [&](const QString& key) {
        return m_model->index(current.row(), m_model->columnIndex(key)).data(Qt::DisplayRole);
    };
    const auto raw = [&](const QString& key) {
        return m_model->index(current.row(), m_model->columnIndex(key))
            .data(PagedTableModel::SortRole);
    };
    QStringList lines;
    lines << tr("%1 · %2 · %3")
                 .arg(cell(QStringLiteral("at")).toString(),
                      cell(QStringLiteral("actor")).toString(),
                      cell(QStringLiteral("action")).toString());
    QString record = cell(QStringLiteral("entity")).toString();
    if (const QString name = cell(QStringLiteral("record")).toString(); !name.isEmpty())
        record += QStringLiteral(": ") + name;
    if (const QString field = cell(QStringLiteral("field")).toString(); !field.isEmpty())
        record += QStringLiteral(" · ") + field;
    lines << record;
    const QString oldText = readable(raw(kOld));
    const QString newText = readable(raw(kNew));
    if (!oldText.isEmpty())
        lines << QString() << tr("Old value:") << oldText;
    if (!newText.isEmpty())
        lines << QString() << tr("New value:") << newText;
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void AuditLogPage::updateRecordLabel()
{
    const bool one = !m_filter.entity.isEmpty() && m_filter.entityId.has_value();
    m_recordLabel->setVisible(one);
    m_clearRecord->setVisible(one);
    if (!one)
        return;
    QString name;
    if (m_model->rowCount() > 0)
        name = m_model->index(0, m_model->columnIndex(QStringLiteral("record"))).data().toString();
    if (name.isEmpty())
        name = QStringLiteral("#%1").arg(*m_filter.entityId);
    m_recordLabel->setText(
        tr("History of %1 “%2”").arg(core::AuditRepository::entityLabel(m_filter.entity), name));
}

} // namespace rapport::ui
