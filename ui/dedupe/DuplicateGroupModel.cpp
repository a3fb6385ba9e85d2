#include "dedupe/DuplicateGroupModel.h"

#include "Format.h"

#include <QDateTime>
#include <QFont>

namespace rapport::ui {

DuplicateGroupModel::DuplicateGroupModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void DuplicateGroupModel::setGroups(QList<core::DuplicateGroup> groups)
{
    beginResetModel();
    m_groups.clear();
    m_groups.reserve(groups.size());
    for (core::DuplicateGroup& group : groups)
        m_groups.append({m_nextKey++, std::move(group)});
    reindex();
    endResetModel();
}

void DuplicateGroupModel::removeMembers(int groupRow, const QList<core::RowId>& ids)
{
    if (groupRow < 0 || groupRow >= m_groups.size())
        return;
    QList<core::DuplicateMember>& members = m_groups[groupRow].group.members;
    const QModelIndex parentIndex = index(groupRow, 0);
    for (int row = int(members.size()) - 1; row >= 0; --row) {
        if (!ids.contains(members.at(row).id))
            continue;
        beginRemoveRows(parentIndex, row, row);
        members.removeAt(row);
        endRemoveRows();
    }
    if (members.size() >= 2) {
        const QModelIndex first = index(groupRow, 0);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        return;
    }
    beginRemoveRows(QModelIndex(), groupRow, groupRow);
    m_groups.removeAt(groupRow);
    reindex();
    endRemoveRows();
}

QString DuplicateGroupModel::reasonText(const core::DuplicateGroup& group)
{
    QStringList parts;
    for (const core::DuplicateMatch& match : group.matches) {
        switch (match.reason) {
        case core::DuplicateReason::Email:
            parts << tr("Same e-mail: %1").arg(match.key);
            break;
        case core::DuplicateReason::Phone:
            parts << tr("Same phone: %1").arg(match.key);
            break;
        case core::DuplicateReason::NameCompany:
            parts << tr("Same name at %1: %2").arg(match.companyName, match.key);
            break;
        }
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" · "));
}

QModelIndex DuplicateGroupModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, m_groups.at(parent.row()).key);
}

QModelIndex DuplicateGroupModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfKey(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int DuplicateGroupModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).group.members.size());
}

int DuplicateGroupModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DuplicateGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        if (role == GroupRowRole)
            return index.row();
        return groupData(m_groups.at(index.row()).group, index.column(), role);
    }
    const int groupRow = rowOfKey(index.internalId());
    if (groupRow < 0)
        return {};
    if (role == GroupRowRole)
        return groupRow;
    return memberData(m_groups.at(groupRow).group.members.at(index.row()), index.column(), role);
}

QVariant DuplicateGroupModel::groupData(const core::DuplicateGroup& group, int column,
                                        int role) const
{
    if (column != NameColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return tr("%1 — %n customer(s)", nullptr, int(group.members.size())).arg(reasonText(group));
    case SortRole:
        return reasonText(group);
    case CustomerIdRole:
        return QVariant::fromValue<qint64>(0);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

QVariant DuplicateGroupModel::memberData(const core::DuplicateMember& member, int column,
                                         int role) const
{
    if (role == CustomerIdRole)
        return QVariant::fromValue<qint64>(member.id);
    if (role == Qt::TextAlignmentRole && column == OrdersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (column) {
    case NameColumn:
        return member.name;
    case EmailColumn:
        return member.email;
    case PhoneColumn:
        return member.phone;
    case CompanyColumn:
        return member.companyName;
    case OrdersColumn:
        return role == SortRole ? QVariant(member.orderCount)
                                : QVariant(Format::count(member.orderCount));
    case CreatedColumn: {
        if (role == SortRole)
            return member.createdAt;
        const QDateTime utc = QDateTime::fromString(member.createdAt, Qt::ISODateWithMs);
        return utc.isValid() ? Format::date(utc.toLocalTime().date()) : member.createdAt;
    }
    default:
        return {};
    }
}

QVariant DuplicateGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case CompanyColumn:
        return tr("Company");
    case OrdersColumn:
        return tr("Orders");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

int DuplicateGroupModel::rowOfKey(quintptr key) const
{
    return m_rowOfKey.value(key, -1);
}

void DuplicateGroupModel::reindex()
{
    m_rowOfKey.clear();
    for (int row = 0; row < m_groups.size(); ++row)
        m_rowOfKey.insert(m_groups.at(row).key, row);
}

} // namespace rapport::ui
